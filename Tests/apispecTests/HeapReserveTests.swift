import APISpecTestSupport
import Foundation
import Testing

/// The heap a run readies once its spec is read (`apispec_heap_reserve`), checked on the
/// main thread of a probe process (`Tests/HeapProbe`), as the CLI calls it: glibc's main heap
/// keeps the reservation free at its top rather than trimming it, its next block starts on a
/// huge page's boundary, and Linux is asked for huge pages there.
@Suite struct HeapReserveTests {
    static let reserved = 96 << 20

    @Test func theMainHeapsFreeTopHoldsTheReservationInHugePages() throws {
        let probe = PackagePaths.apispecBinary.deletingLastPathComponent().appendingPathComponent("apispec-heap-probe")
        let result = try OutsideTool.run(executable: probe, ["\(Self.reserved)"], in: FileManager.default.temporaryDirectory)
        try #require(result.exitCode == 0, "\(result.output)")
        var values: [String: Int] = [:]
        for line in result.stdout.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { values[String(parts[0])] = Int(parts[1]) }
        }
        // Less the page-sized block and a little of the probe's own.
        #expect(try #require(values["top"]) >= Self.reserved - (1 << 20))
        #expect(values["aligned"] == 1)
        let huge = try String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
        #expect(values["eligible"] == (huge.contains("[never]") ? 0 : 1))
    }
}
