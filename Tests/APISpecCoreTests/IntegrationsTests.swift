import Testing

@testable import APISpecCore

@Suite struct IntegrationsTests {
    static let at = APISpecCore.SourceLocation(file: "i.yaml", line: 2, column: 3)
    static let list = Integration.function(Located("list", at: at))
    static let backend = Integration.http(HTTPIntegration(url: Located("https://b.example.com", at: at)))
    static let mock = Integration.mock(MockIntegration(provenance: Provenance(at)))

    /// Appended one by one or written at once, the same integrations in the same order are the same.
    @Test func appendingKeepsTheOrderWritten() {
        var integrations: Integrations = []
        #expect(integrations.isEmpty)
        #expect(integrations.single == nil)
        integrations.append(Self.list)
        #expect(Array(integrations) == [Self.list])
        #expect(integrations.single == Self.list)
        integrations.append(Self.backend)
        integrations.append(Self.mock)
        #expect(Array(integrations) == [Self.list, Self.backend, Self.mock])
        #expect(integrations.count == 3)
        #expect(integrations.single == nil)
        #expect(integrations == [Self.list, Self.backend, Self.mock])
        #expect(integrations.hashValue == Integrations([Self.list, Self.backend, Self.mock]).hashValue)
        #expect(integrations != [Self.backend, Self.list, Self.mock])
    }

    @Test func aRouteWithOneIntegrationHasIt() {
        var route = Route(key: RouteKey("GET /pets"), location: Self.at)
        #expect(route.integration == nil)
        route.integrations.append(Self.list)
        #expect(route.integration == Self.list)
        route.integrations.append(Self.backend)
        #expect(route.integration == nil)
        #expect(route.integrations.dropFirst().first == Self.backend)
    }
}
