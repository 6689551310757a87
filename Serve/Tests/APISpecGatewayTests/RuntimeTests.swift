import APISpecGateway
import Foundation
import Testing

/// The process manager: concurrency limits and functions that cannot start.
@Suite(.serialized)
struct RuntimeTests {
    static let spec = """
        apispec: 1
        name: runtime
        protocol: http
        defaults:
          function: {runtime: python3.12, code: ., timeout: 5}
          auth: none
        functions:
          single: {handler: handlers.nap, reservedConcurrency: 1}
          pair: {handler: handlers.nap, reservedConcurrency: 2}
          broken: {handler: no_such_module.handler}
          node: {runtime: nodejs20.x, handler: index.handler}
        routes:
          GET /single: {function: single}
          GET /pair: {function: pair}
          GET /broken: {function: broken}
          GET /node: {function: node}
        """

    /// Two calls at once; returns their answers and how long both took.
    static func twoAtOnce(_ served: ServedAPI, _ path: String) async throws -> ([ServedAPI.Reply], Duration) {
        let started = ContinuousClock.now
        async let first = served.request(.GET, path)
        async let second = served.request(.GET, path)
        let replies = try await [first, second]
        return (replies, ContinuousClock.now - started)
    }

    @Test func reservedConcurrencyLimitsProcessesAndCallersWait() async throws {
        let app = try TestApp(spec: Self.spec)
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        _ = try await served.request(.GET, "/single")
        let (single, singleTime) = try await Self.twoAtOnce(served, "/single")
        #expect(single.allSatisfy { $0.status == 200 })
        #expect(Set(single.compactMap { $0.header("x-pid") }).count == 1, "one process, reused")
        #expect(singleTime >= .milliseconds(1000), "the second call waited for the only process")

        let (pair, _) = try await Self.twoAtOnce(served, "/pair")
        #expect(pair.allSatisfy { $0.status == 200 })
        #expect(Set(pair.compactMap { $0.header("x-pid") }).count == 2, "two processes side by side")
    }

    @Test func functionsThatCannotStartFailTheirRequestOnly() async throws {
        let app = try TestApp(spec: Self.spec)
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let broken = try await served.request(.GET, "/broken")
        #expect(broken.status == 500)
        #expect(await !served.logLines(containing: "Runtime.ImportModuleError").isEmpty, "the init error is logged")
        let node = try await served.request(.GET, "/node")
        #expect(node.status == 500)
        #expect(await !served.logLines(containing: "set local.functions.node.command").isEmpty)
        #expect(try await served.request(.GET, "/single").status == 200)
    }
}
