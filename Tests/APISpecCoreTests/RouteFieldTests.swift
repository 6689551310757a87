import Testing
@testable import APISpecCore

/// The decoder reads a route's keys by their place in `KnownKeys`' list (`RouteField`): the
/// two must name the same keys in the same order.
@Suite struct RouteFieldTests {
    @Test func routeFieldsAreTheKnownKeysOfARouteInTheirOrder() {
        #expect(RouteField.allCases.map { "\($0)" } == KnownKeys.all["routes.*"])
        #expect(RouteField.allCases.map(\.rawValue) == Array(0..<RouteField.allCases.count))
    }

    /// Each field is read from its own key: a route that writes all of them decodes each.
    @Test func eachFieldIsReadFromItsKey() throws {
        let yaml = """
            apispec: 1
            name: fields
            protocol: rest
            functions:
              f: {runtime: python3.12, handler: app.f}
            routes:
              GET /a:
                function: f
                auth: iam
                scopes: [s]
                timeout: 5
                payloadVersion: "1.0"
                apiKeyRequired: true
                request: {parameters: [querystring.q]}
                mapping: {request: {application/json: "{}"}}
                throttling: {rate: 1, burst: 2}
                description: the route
                tags: [t]
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "fields.yaml").spec)
        let route = try #require(spec.routes.first)
        #expect(route.integration == .function(Located("f", at: SourceLocation(file: "fields.yaml", line: 8, column: 15))))
        #expect(route.auth?.value == .iam)
        #expect(route.scopes.map(\.value) == ["s"])
        #expect(route.timeoutMilliseconds == 5_000)
        #expect(route.payloadVersion == "1.0")
        #expect(route.apiKeyRequired == true)
        #expect(route.request?.parameters.map(\.value) == ["querystring.q"])
        #expect(route.mapping?.request["application/json"] == "{}")
        #expect(route.throttling?.burst == 2)
        #expect(route.description == "the route")
        #expect(route.tags.map(\.value) == ["t"])
    }
}
