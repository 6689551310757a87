import APISpecCore
import Testing

@testable import APISpecValidation

/// A REST API's quota counts resources, every distinct path prefix once, where an HTTP
/// API's counts routes.
@Suite struct TooManyRoutesTests {
    /// The rule's findings for an API with a route for each of `routes` (`GET /a`...).
    static func messages(protocol apiProtocol: String, routes: [String]) throws -> [String] {
        let yaml = HandlerRoutes.spec(
            protocol: apiProtocol, routes: routes.map { "  \($0): {function: handle, auth: none}" }.joined(separator: "\n")).text
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "big.yaml").spec)
        var report: [Diagnostic] = []
        TooManyRoutes().check(spec, &report)
        return report.map(\.message)
    }

    /// 150 groups of three routes on two paths under one prefix: `/rN`, `/rN/x` and
    /// `/rN/{id}` are three resources whichever methods use them.
    @Test(arguments: [("rest", "the API has 450 resources"), ("http", "the API has 450 routes")])
    func countsWhatTheQuotaCounts(_ apiProtocol: String, _ message: String) throws {
        let routes = (1...150).flatMap { ["GET /r\($0)/x", "POST /r\($0)/x", "GET /r\($0)/{id}"] }
        #expect(try Self.messages(protocol: apiProtocol, routes: routes) == ["\(message); API Gateway's default quota is 300"])
    }

    /// Resources shared by deeper paths count once: `/a`, `/a/{id}`, `/a/b` and `/a/b/c`
    /// under 301 paths `/a/b/c/dN`.
    @Test func sharedPrefixesCountOnce() throws {
        let routes = ["GET /a/{id}", "GET /a/b/c", "POST /a/b/c/d1"] + (1...301).map { "GET /a/b/c/d\($0)" }
        #expect(try Self.messages(protocol: "rest", routes: routes) == ["the API has 305 resources; API Gateway's default quota is 300"])
    }

    /// A path shares a beginning with the path before it, or with one further back, or none:
    /// `/pN`, `/pN/{id}`, `/pN/{id}/x`, `/pN/{key}`, `/pN/{key}/x` for 100 `N`, and `/q`, `/q/{id}`
    /// written again after each.
    @Test func pathsAfterOthersCountEachResourceOnce() throws {
        let routes = (1...100).flatMap { ["GET /p\($0)/{id}/x", "GET /p\($0)", "PUT /p\($0)/{key}/x", "GET /q/{id}"] }
        #expect(try Self.messages(protocol: "rest", routes: routes) == ["the API has 502 resources; API Gateway's default quota is 300"])
    }
}
