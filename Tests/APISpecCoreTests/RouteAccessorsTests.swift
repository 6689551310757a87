import Testing

@testable import APISpecCore

/// Accessors that read a route without copying its integration or key must answer what the
/// general ones answer.
@Suite struct RouteAccessorsTests {
    static let location = APISpecCore.SourceLocation(file: "a.yaml", line: 1, column: 1)

    static var routes: [Route] {
        let name = Located("f", at: location)
        let http = Integration.http(HTTPIntegration(url: Located("https://x.example.com", at: location)))
        let mock = Integration.mock(MockIntegration(provenance: Provenance(location)))
        let lists: [[Integration]] = [[], [.function(name)], [http], [mock], [.function(name), http]]
        return lists.map { integrations in
            var route = Route(key: RouteKey("GET /a"), location: location)
            route.integrations = Integrations(integrations)
            return route
        }
    }

    @Test func integrationAccessorsAreTheIntegrations() {
        for route in Self.routes {
            #expect(route.hasIntegration == (route.integration != nil))
            let function: Located<String>? = if case .function(let name)? = route.integration { name } else { nil }
            #expect(route.functionIntegration == function)
            #expect(route.hasFunctionIntegration == (route.functionIntegration != nil))
        }
        #expect(Self.routes.map(\.hasIntegration) == [false, true, true, true, false])
        #expect(Self.routes.map(\.hasFunctionIntegration) == [false, true, false, false, false])
        #expect(Self.routes.map { $0.functionIntegration?.value } == [nil, "f", nil, nil, nil])
    }

    @Test func hasAuthIsWhetherAuthIsSet() {
        let choices: [AuthChoice?] = [nil, AuthChoice.none, .iam, .authorizer("users")]
        for choice in choices {
            var route = Route(key: RouteKey("GET /a"), location: Self.location)
            route.auth = choice.map { Located($0, at: Self.location) }
            #expect(route.hasAuth == (choice != nil))
        }
    }

    @Test func aRouteIsBrokenAsItsKeyIs() throws {
        let yaml = """
            apispec: 1
            name: broken
            functions:
              f: {runtime: python3.12, handler: app.f}
            routes:
              GET /a: {function: f}
              GET /b: {function: f, timeout: soon}
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "broken.yaml").spec)
        #expect(spec.routes.map { spec.isBroken($0) } == [false, true])
        #expect(spec.routes.map { spec.isBroken($0) } == spec.routes.map { spec.isBroken("routes", $0.key.raw) })
    }
}
