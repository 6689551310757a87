import APISpecGateway
import Foundation
import Testing

/// Failures answered as API Gateway answers them, and a gateway that survives its functions.
@Suite(.serialized)
struct ErrorMappingTests {
    static func spec(_ apiProtocol: String) -> String {
        """
        apispec: 1
        name: failures
        protocol: \(apiProtocol)
        defaults:
          function: {runtime: python3.12, code: ., timeout: 5}
          auth: none
        functions:
          echo: {handler: handlers.echo}
          fail: {handler: handlers.fail}
          crash: {handler: handlers.crash}
          hang: {handler: handlers.hang, timeout: 1}
          garbage: {handler: handlers.garbage}
          slow: {handler: handlers.slow}
          huge: {handler: handlers.huge}
        routes:
          GET /echo: {function: echo}
          GET /fail: {function: fail}
          GET /crash: {function: crash}
          GET /hang: {function: hang}
          GET /garbage: {function: garbage}
          GET /slow: {function: slow, timeout: 500ms}
          POST /echo: {function: echo}
          GET /huge: {function: huge}
        """
    }

    @Test func httpAPIAnswersFailuresLikeAPIGatewayAndStaysUp() async throws {
        let app = try TestApp(spec: Self.spec("http"))
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }

        let internalError: JSON = ["message": "Internal Server Error"]
        let failed = try await served.request(.GET, "/fail")
        #expect(failed.status == 500)
        #expect(failed.json == internalError)
        #expect(await !served.logLines(containing: "ValueError").isEmpty, "the function's error is logged")

        let crashed = try await served.request(.GET, "/crash")
        #expect(crashed.status == 500)
        #expect(crashed.json == internalError)

        // A JSON string is a valid 2.0 answer: inferred as a 200 JSON body, junk output or not.
        let garbage = try await served.request(.GET, "/garbage")
        #expect(garbage.status == 200)
        #expect(garbage.text == #""this is not a proxy response""#)

        let hung = try await served.request(.GET, "/hang")
        #expect(hung.status == 500, "the function's own timeout ends it")
        #expect(await !served.logLines(containing: "timed out after 1 s").isEmpty)

        let late = try await served.request(.GET, "/slow")
        #expect(late.status == 504)
        #expect(late.json == ["message": "Service Unavailable"])

        let missing = try await served.request(.GET, "/nowhere")
        #expect(missing.status == 404)
        #expect(missing.json == ["message": "Not Found"])

        let tooLarge = try await served.request(.POST, "/echo", body: [UInt8](repeating: 65, count: 10 * 1024 * 1024 + 1))
        #expect(tooLarge.status == 413)

        let huge = try await served.request(.GET, "/huge")
        #expect(huge.status == 500, "an answer over Lambda's 6 MB limit is a function error")
        #expect(await !served.logLines(containing: "Function.ResponseSizeTooLarge").isEmpty)

        let fine = try await served.request(.GET, "/echo")
        #expect(fine.status == 200, "after all that the gateway still serves")
    }

    @Test func aCrashedOrHungProcessIsReplacedByAFreshOne() async throws {
        let app = try TestApp(spec: Self.spec("http"))
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        _ = try await served.request(.GET, "/hang")
        _ = try await served.request(.GET, "/hang")
        let lines = await served.logLines(containing: "GET /hang 500 hang", count: 2)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasSuffix(" cold") }, "a timed-out process is ended, so the next call starts a new one")
    }

    @Test func restAPIAnswersFailuresWithItsOwnCodesAndBodies() async throws {
        let app = try TestApp(spec: Self.spec("rest"))
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }

        let failed = try await served.request(.GET, "/prod/fail")
        #expect(failed.status == 502)
        #expect(failed.json == ["message": "Internal server error"])

        let garbage = try await served.request(.GET, "/prod/garbage")
        #expect(garbage.status == 502, "a string is not a 1.0 proxy response")

        let late = try await served.request(.GET, "/prod/slow")
        #expect(late.status == 504)
        #expect(late.json == ["message": "Endpoint request timed out"])

        let missing = try await served.request(.GET, "/prod/nowhere")
        #expect(missing.status == 403)
        #expect(missing.json == ["message": "Missing Authentication Token"])

        let noStage = try await served.request(.GET, "/echo")
        #expect(noStage.status == 403, "REST URLs start with the stage")
    }

    @Test func ctrlCEndsEveryFunctionProcess() async throws {
        let app = try TestApp(spec: Self.spec("http"))
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        let reply = try await served.request(.GET, "/echo")
        let pid = try #require(reply.header("x-pid").flatMap { Int32($0) })
        #expect(Self.isRunning(pid), "the warm function process is running")
        #expect(await served.stop() == 0)
        try await Task.sleep(for: .milliseconds(200))
        #expect(!Self.isRunning(pid), "Ctrl-C ended the function process too")
    }

    /// Alive and not a zombie (an ended child of an ended server may wait for a reaper a while).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return !stat[close...].hasPrefix(") Z")
    }
}
