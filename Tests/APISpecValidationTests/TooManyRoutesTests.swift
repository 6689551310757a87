import APISpecCore
import Testing

@testable import APISpecValidation

/// A REST API's quota counts resources, every distinct path prefix once, where an HTTP
/// API's counts routes.
@Suite struct TooManyRoutesTests {
    /// 150 groups of three routes on two paths under one prefix: `/rN`, `/rN/x` and
    /// `/rN/{id}` are three resources whichever methods use them.
    static func spec(protocol apiProtocol: String) -> String {
        let routes = (1...150).map { group in
            ["GET /r\(group)/x", "POST /r\(group)/x", "GET /r\(group)/{id}"]
                .map { "  \($0): {function: handle, auth: none}" }.joined(separator: "\n")
        }
        return """
            apispec: 1
            name: big
            protocol: \(apiProtocol)
            functions:
              handle: {runtime: python3.12, handler: app.handle}
            routes:
            \(routes.joined(separator: "\n"))
            """
    }

    @Test(arguments: [("rest", "the API has 450 resources"), ("http", "the API has 450 routes")])
    func countsWhatTheQuotaCounts(_ apiProtocol: String, _ message: String) throws {
        let spec = try #require(Frontend.load(Array(Self.spec(protocol: apiProtocol).utf8), path: "big.yaml").spec)
        var report: [Diagnostic] = []
        TooManyRoutes().check(spec, &report)
        #expect(report.map(\.message) == ["\(message); API Gateway's default quota is 300"])
    }

    /// Resources shared by deeper paths count once: `/a`, `/a/{id}`, `/a/b` and `/a/b/c`
    /// under 301 paths `/a/b/c/dN`.
    @Test func sharedPrefixesCountOnce() throws {
        let paths = ["GET /a/{id}", "GET /a/b/c", "POST /a/b/c/d1"] + (1...301).map { "GET /a/b/c/d\($0)" }
        let yaml = """
            apispec: 1
            name: big
            protocol: rest
            functions:
              handle: {runtime: python3.12, handler: app.handle}
            routes:
            \(paths.map { "  \($0): {function: handle, auth: none}" }.joined(separator: "\n"))
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "big.yaml").spec)
        var report: [Diagnostic] = []
        TooManyRoutes().check(spec, &report)
        #expect(report.map(\.message) == ["the API has 305 resources; API Gateway's default quota is 300"])
    }
}
