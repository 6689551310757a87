import APISpecTestSupport
import Foundation
import Testing

/// Fresh memory for what a run fills fast (`CAllocator`): the heap it readies once its spec is
/// read, in transparent huge pages or faulted in ahead by another CPU, and the spec's own
/// buffer in huge pages. Where Linux gives none (`never`), a mapping is not eligible and the
/// advice changes nothing else.
@Suite struct HugePageTests {
    static let hugePagesGiven = !((try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8))?
        .contains("[never]") ?? true)

    /// `apispec_heap_reserve` on the main thread of a probe process (`Tests/HeapProbe`), as the
    /// CLI calls it (a test's own threads allocate from other arenas than glibc's main heap):
    /// the heap keeps the reservation free at its top rather than trimming it, its next block
    /// starts on a huge page's boundary, and Linux is asked for huge pages there.
    @Test func theMainHeapsFreeTopHoldsTheReservationInHugePages() throws {
        let reserved = 96 << 20
        let values = try Self.probe("reserve", "\(reserved)")
        // Less the page-sized block and a little of the probe's own.
        #expect(try #require(values["top"]) >= reserved - (1 << 20))
        #expect(values["aligned"] == 1)
        #expect(values["eligible"] == (Self.hugePagesGiven ? 1 : 0))
    }

    /// `apispec_heap_fault_ahead` (`emit --local`'s small pages): in a probe whose heap grows by
    /// 8 MiB that it never touches but for glibc's block headers (a page in 15), the thread
    /// has faulted the pages in. Without a second CPU or MADV_POPULATE_WRITE (Linux before
    /// 5.14) no thread runs, and only the headers' pages are in.
    @Test func theHeapsPagesAreFaultedInAsItGrows() throws {
        let values = try Self.probe("fault-ahead")
        let pages = try #require(values["pages"])
        let resident = try #require(values["resident"])
        try #require(pages >= 2_000)
        if values["able"] == 1 {
            #expect(resident * 10 >= pages * 9)
        } else {
            #expect(resident * 4 <= pages)
        }
    }

    /// `apispec_heap_fault_next` (the YAML parser's thread, while it waits for the loader):
    /// it faults in the part of the reserved heap it was given, a huge page a call, and no
    /// more. Where Linux cannot populate (before 5.14) it does nothing.
    @Test func theHeapGivenToTheParserIsFaultedInAndNoMore() throws {
        let values = try Self.probe("fault-next")
        let pages = (8 << 20) / Int(sysconf(Int32(_SC_PAGESIZE)))
        if values["populates"] == 1 {
            #expect(values["calls"] == 4)
            #expect(values["ahead"] == pages)
        } else {
            #expect(values["calls"] == 0)
        }
        // Only the probe's own block header, at most, lies past it.
        #expect(try #require(values["beyond"]) <= 1)
    }

    /// A block of its own mapping (as glibc gives a spec's buffer) is advised where it holds
    /// whole 2 MiB pages; one too small to hold any is left as it was.
    @Test func aBlockIsAdvisedWhereItHoldsWhole2MiBPages() throws {
        let values = try Self.probe("advise")
        #expect(values["eligible"] == (Self.hugePagesGiven ? 1 : 0))
        #expect(values["small"] == 0)
    }

    /// What `Tests/HeapProbe` prints, `NAME NUMBER` a line.
    static func probe(_ arguments: String...) throws -> [String: Int] {
        let probe = PackagePaths.apispecBinary.deletingLastPathComponent().appendingPathComponent("apispec-heap-probe")
        let result = try OutsideTool.run(executable: probe, arguments, in: FileManager.default.temporaryDirectory)
        try #require(result.exitCode == 0, "\(result.output)")
        var values: [String: Int] = [:]
        for line in result.stdout.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { values[String(parts[0])] = Int(parts[1]) }
        }
        return values
    }
}
