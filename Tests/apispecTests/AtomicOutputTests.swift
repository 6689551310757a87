import APISpecTestSupport
import Foundation
import Testing

/// A killed `emit -o` never leaves half a file: the target holds the previous output or
/// the complete new one, whenever the kill lands, and on Linux nothing else is left beside it. What `-o` names is replaced as a rename
/// would replace it, a regular file by exchanging the two (`AtomicFile`), and nothing else is
/// left beside it.
@Suite struct AtomicOutputTests {
    /// Every emitter, over a file it wrote before, one it did not, a read-only one, and one
    /// large enough for a holder to free (`file_remove`).
    @Test(arguments: ["--cloudformation", "--openapi", "--local"])
    func anExistingFileIsReplacedWithNothingLeftBeside(_ target: String) throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        let printed = try cli.run("emit", target, "api.yaml")
        #expect(printed.exitCode == 0, "\(printed.output)")
        let output = cli.directory.appendingPathComponent("out.json")
        for previous in ["", "older text\n", String(repeating: "x", count: 100_000), String(repeating: "x", count: 17 << 20)] {
            try cli.write("out.json", previous)
            try FileManager.default.setAttributes([.posixPermissions: previous.isEmpty ? 0o444 : 0o644], ofItemAtPath: output.path)
            let written = try cli.run("emit", target, "api.yaml", "-o", "out.json")
            #expect(written.exitCode == 0, "\(written.output)")
            #expect(try cli.read("out.json") == printed.stdout)
            #expect(try Self.entries(cli) == ["api.yaml", "out.json"])
        }
    }

    /// An output past a megabyte is written by a thread of its own (`AtomicFile.Pending`'s
    /// writer), in its buffers, which also hashes a REST API's properties for its deployment's
    /// id: the file holds what the same run prints, byte for byte.
    @Test(arguments: [
        ("--cloudformation", "http"), ("--cloudformation", "rest"), ("--cloudformation", "websocket"),
        ("--openapi", "http"), ("--openapi", "rest"), ("--local", "http"),
    ])
    func aLargeOutputIsWrittenWhole(_ target: String, _ apiProtocol: String) throws {
        let cli = try CLI()
        var spec = "apispec: 1\nname: big\nprotocol: \(apiProtocol)\n"
        spec += "functions:\n  handler: {runtime: python3.12, handler: app.handler}\nroutes:\n"
        for index in 0..<6_000 {
            spec += apiProtocol == "websocket"
                ? "  item\(index): {function: handler}\n" : "  GET /items\(index)/{id}: {function: handler, auth: none}\n"
        }
        try cli.write("api.yaml", spec)
        let printed = try cli.run("emit", target, "api.yaml")
        #expect(printed.exitCode == 0, "\(printed.stderr)")
        #expect(printed.stdout.utf8.count > 1 << 20, "small enough to be written without the thread")
        let written = try cli.run("emit", target, "api.yaml", "-o", "out.json")
        #expect(written.exitCode == 0, "\(written.stderr)")
        #expect(try cli.read("out.json") == printed.stdout)
    }

    /// A symbolic link is replaced by the file, as a rename replaces it: what it pointed to stays.
    @Test func aLinkIsReplacedAndItsTargetKept() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        try cli.write("kept.json", "kept\n")
        try FileManager.default.createSymbolicLink(atPath: cli.directory.appendingPathComponent("out.json").path, withDestinationPath: "kept.json")
        #expect(try cli.run("emit", "--openapi", "api.yaml", "-o", "out.json").exitCode == 0)
        #expect(try cli.read("kept.json") == "kept\n")
        #expect(try cli.read("out.json") == cli.run("emit", "--openapi", "api.yaml").stdout)
        let kind = try FileManager.default.attributesOfItem(atPath: cli.directory.appendingPathComponent("out.json").path)[.type]
        #expect(kind as? FileAttributeType == .typeRegular)
    }

    /// A directory is not replaced, nor moved: the run fails and leaves it as it was.
    @Test func aDirectoryIsRefusedAndLeftAsItWas() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        try FileManager.default.createDirectory(at: cli.directory.appendingPathComponent("out.json"), withIntermediateDirectories: false)
        try cli.write("out.json/inside.txt", "inside\n")
        let result = try cli.run("emit", "--openapi", "api.yaml", "-o", "out.json")
        #expect(result.exitCode != 0)
        #expect(result.stderr.contains("cannot write"), "\(result.output)")
        #expect(try cli.read("out.json/inside.txt") == "inside\n")
        #expect(try Self.entries(cli) == ["api.yaml", "out.json"])
    }

    private static func entries(_ cli: CLI) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).sorted()
    }

    @Test func killingEmitMidWriteKeepsThePreviousFileIntact() throws {
        let cli = try CLI()
        var spec = "apispec: 1\nname: big\nfunctions:\n  handler: {runtime: python3.12, handler: app.handler}\n"
        spec += "stages:\n  prod:\n    throttling: {rate: 10, burst: 20}\n    accessLog: {format: json}\nroutes:\n"
        for index in 0..<20_000 { spec += "  GET /items\(index)/{id}: {function: handler, auth: none}\n" }
        try cli.write("api.yaml", spec)
        let complete = try cli.run("emit", "--openapi", "api.yaml")
        #expect(complete.exitCode == 0)
        let target = cli.directory.appendingPathComponent("openapi.json")
        for delay in stride(from: 50, through: 2_000, by: 150) {
            try Data("previous\n".utf8).write(to: target)
            let process = Process()
            process.executableURL = PackagePaths.apispecBinary
            process.arguments = ["emit", "--openapi", "api.yaml", "-o", "openapi.json"]
            process.currentDirectoryURL = cli.directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let written = try String(contentsOf: target, encoding: .utf8)
            #expect(written == "previous\n" || written == complete.stdout, "partial file after \(delay) ms")
            #if os(Linux)
            // The file being written has no name until it is complete (O_TMPFILE).
            #expect(try Self.entries(cli) == ["api.yaml", "openapi.json"], "left after a kill at \(delay) ms")
            #endif
        }
    }
}
