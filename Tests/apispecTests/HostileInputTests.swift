import APISpecTestSupport
import Foundation
import Testing

/// Hostile input through the real binary: every case ends with exit 1 and a one-line reason,
/// and the output stays short (a 20 MB line is never echoed). Inputs are generated here,
/// never committed.
@Suite struct HostileInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var id: String
        var make: @Sendable () -> Data
        var testDescription: String { name }
    }

    static func billionLaughs(insideExtension: Bool) -> Data {
        let indent = insideExtension ? "  " : ""
        var lines = insideExtension ? ["apispec: 1", "x-bomb:"] : []
        lines.append("\(indent)a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]")
        for level in 1..<10 {
            lines.append("\(indent)a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return Data(lines.joined(separator: "\n").utf8)
    }

    static let cases: [Case] = [
        Case(name: "billion laughs", id: "input-too-large") { billionLaughs(insideExtension: false) },
        Case(name: "billion laughs inside an x- key", id: "input-too-large") { billionLaughs(insideExtension: true) },
        Case(name: "recursive alias", id: "recursive-alias") { Data("a: &a\n  b: *a\n".utf8) },
        Case(name: "100,000 nested flow lists", id: "nesting-too-deep") { Data(String(repeating: "[", count: 100_000).utf8) },
        Case(name: "100,000 nested block lists", id: "nesting-too-deep") { Data((String(repeating: "- ", count: 100_000) + "x").utf8) },
        Case(name: "invalid UTF-8", id: "invalid-encoding") { Data([0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]) },
        Case(name: "NUL byte", id: "invalid-encoding") { Data("apispec: 1\n\u{0}".utf8) },
        Case(name: "empty", id: "empty-spec") { Data() },
        Case(name: "comments only", id: "empty-spec") { Data("# nothing\n# here\n".utf8) },
        Case(name: "several documents", id: "multiple-documents") { Data("a: 1\n---\nb: 2\n".utf8) },
        Case(name: "20 MB scalar", id: "input-too-large") { Data(("name: " + String(repeating: "x", count: 20 << 20)).utf8) },
        Case(name: "60 MB file", id: "input-too-large") {
            Data(String(repeating: "# a comment line that pads the file out to sixty megabytes.........\n", count: 60 << 20 / 68).utf8)
        },
    ]

    @Test(arguments: cases) func hostileInputIsRejectedWithAShortReason(_ hostile: Case) throws {
        let cli = try CLI()
        try hostile.make().write(to: cli.directory.appendingPathComponent("api.yaml"))
        let result = try cli.run("validate", "api.yaml")
        #expect(result.exitCode == 1, "\(result.output.prefix(500))")
        let first = result.stderr.split(separator: "\n").first ?? ""
        #expect(first.hasPrefix("api.yaml:") && first.hasSuffix("[\(hostile.id)]"), "\(first)")
        #expect(result.stderr.utf8.count < 2_000, "output stays short")
    }

    @Test func randomBinaryIsRejectedWithoutACrash() throws {
        let cli = try CLI()
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try Data(bytes).write(to: cli.directory.appendingPathComponent("r\(round).yaml"))
            let result = try cli.run("validate", "r\(round).yaml")
            #expect(result.exitCode == 1, "\(result.output.prefix(300))")
            #expect(result.stderr.utf8.count < 2_000)
        }
    }

    @Test func aLargerLimitAcceptsALargerFile() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean + String(repeating: "# padding\n", count: 2_000))
        #expect(try cli.run("validate", "--max-size", "1000", "api.yaml").stderr.contains("[input-too-large]"))
        #expect(try cli.run("validate", "--max-size", "100000", "api.yaml").exitCode == 0)
    }

    /// A real, valid spec of 100,000 routes: over API Gateway's adjustable route quota (a warning),
    /// but it validates and emits.
    @Test func aHundredThousandRouteSpecValidates() throws {
        let cli = try CLI()
        var text = "apispec: 1\nname: big\nfunctions:\n  handler: {runtime: python3.12, handler: app.handler}\n"
        text += "stages:\n  prod:\n    throttling: {rate: 10, burst: 20}\n    accessLog: {format: json}\nroutes:\n"
        for index in 0..<100_000 {
            text += "  GET /items\(index)/{id}: {function: handler, auth: none}\n"
        }
        try cli.write("api.yaml", text)
        let result = try cli.run("validate", "api.yaml")
        #expect(result.exitCode == 0, "\(result.stderr.prefix(1_000))")
        #expect(result.stderr.contains("0 errors"))
    }
}
