import APISpecTestSupport
import Foundation
import Testing

/// A killed `emit -o` never leaves half a file: the target holds the previous output or
/// the complete new one, whenever the kill lands.
@Suite struct AtomicOutputTests {
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
        }
    }
}
