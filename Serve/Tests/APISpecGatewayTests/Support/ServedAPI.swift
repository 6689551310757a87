import APISpecGateway
import APISpecTestSupport
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// `apispec serve` started for real, as a child process on a free loopback port, with
/// Python handlers run by the venv's `awslambdaric`.
final class ServedAPI: @unchecked Sendable {
    let port: Int
    private let process: Process
    private let output: Output

    /// Everything the server wrote to stderr so far: its request log and the functions' output.
    var log: String { output.text }

    /// The log lines containing `text`, once there are `count` of them (or after 5 s):
    /// the log arrives through a pipe, a moment after the response.
    func logLines(containing text: String, count: Int = 1) async -> [Substring] {
        for _ in 0..<50 {
            let lines = log.split(separator: "\n").filter { $0.contains(text) }
            if lines.count >= count { return lines }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return log.split(separator: "\n").filter { $0.contains(text) }
    }

    struct NotStarted: Error, CustomStringConvertible {
        var description: String
    }

    /// Serves `target` (a spec or run config) with `extra` arguments; waits until it listens.
    static func start(_ target: URL, _ extra: [String] = []) async throws -> ServedAPI {
        let python = try Self.python()
        guard FileManager.default.isExecutableFile(atPath: PackagePaths.apispecBinary.path) else {
            throw NotStarted(description: "no compiler at \(PackagePaths.apispecBinary.path): build the repository root first (`swift build`; scripts/test does)")
        }
        let process = Process()
        process.executableURL = PackagePaths.apispecBinary
        process.arguments = ["serve", target.path, "--port", "0"] + extra
        process.currentDirectoryURL = target.deletingLastPathComponent()
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["APISPEC_PYTHON": python, "APISPEC_SERVE": gatewayBinary.path]) { _, new in new }
        let output = Output()
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { handle in output.append(handle.availableData) }
        try process.run()
        for _ in 0..<300 {
            if let port = output.listeningPort { return ServedAPI(port: port, process: process, output: output) }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        process.terminate()
        throw NotStarted(description: "apispec serve did not start:\n\(output.text)")
    }

    private init(port: Int, process: Process, output: Output) {
        self.port = port
        self.process = process
        self.output = output
    }

    /// The `apispec-serve` built with these tests: SwiftPM puts it beside the test runner.
    /// The compiler, `apispec`, comes from the root package's build (scripts/test builds it first).
    static let gatewayBinary = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("apispec-serve")

    /// The venv's python, which must have awslambdaric; a missing one fails the test.
    static func python() throws -> String {
        let python = OutsideTool.venv.appendingPathComponent("bin/python").path
        let check = try OutsideTool.run("python", ["-c", "import awslambdaric"])
        guard check.exitCode == 0 else {
            throw NotStarted(description: "awslambdaric is missing from \(python): run scripts/test (it installs the test tools into .venv)")
        }
        return python
    }

    struct Reply: Sendable {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
        var json: APISpecGateway.JSON? { APISpecGateway.JSON.parse(body) }

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        func headers(_ name: String) -> [String] {
            headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
        }
    }

    func request(
        _ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], body: [UInt8]? = nil,
        timeout: TimeAmount = .seconds(40)
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let bytes = try await response.body.collect(upTo: 32 * 1024 * 1024)
        return Reply(
            status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
            body: Array(buffer: bytes))
    }

    /// Ctrl-C, as a person would; returns the exit status.
    @discardableResult
    func stop() async -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        for _ in 0..<100 where process.isRunning {
            try? await Task.sleep(for: .milliseconds(100))
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The server's stderr, collected as it comes.
    private final class Output: Sendable {
        private let buffer = Mutex(Data())

        func append(_ data: Data) { buffer.withLock { $0.append(data) } }

        var text: String { String(decoding: buffer.withLock { $0 }, as: UTF8.self) }

        /// The port from `apispec: serving NAME (stage S) on http://HOST:PORT`.
        var listeningPort: Int? {
            guard let line = text.split(separator: "\n").first(where: { $0.contains(" on http://") }),
                let colon = line.lastIndex(of: ":")
            else { return nil }
            return Int(line[line.index(after: colon)...])
        }
    }
}
