@testable import APISpecGateway
import APISpecRunConfig
import Testing

/// Route matching as API Gateway does it.
struct RouteTableTests {
    static func table(_ keys: [String]) -> RouteTable {
        RouteTable(routes: keys.map {
            RunConfig.Route(key: $0, timeoutMilliseconds: 1000, integration: .mock(status: 200, headers: [:], body: nil))
        })
    }

    @Test func theMostSpecificPathWins() throws {
        let table = Self.table(["GET /pets/{id}", "GET /pets/mine", "ANY /{proxy+}", "GET /pets/{id}/toys/{toy}"])
        #expect(table.match(method: "GET", path: "/pets/mine")?.route.key == "GET /pets/mine")
        let byId = try #require(table.match(method: "GET", path: "/pets/7"))
        #expect(byId.route.key == "GET /pets/{id}" && byId.pathParameters == ["id": "7"])
        #expect(table.match(method: "GET", path: "/pets/7/toys/ball")?.pathParameters == ["id": "7", "toy": "ball"])
        let greedy = try #require(table.match(method: "DELETE", path: "/pets/7/photos/a%20b"))
        #expect(greedy.route.key == "ANY /{proxy+}" && greedy.pathParameters == ["proxy": "pets/7/photos/a b"])
    }

    @Test func aNamedMethodBeatsAnyAndDefaultCatchesTheRest() {
        let table = Self.table(["ANY /pets", "POST /pets", "$default"])
        #expect(table.match(method: "POST", path: "/pets")?.route.key == "POST /pets")
        #expect(table.match(method: "GET", path: "/pets")?.route.key == "ANY /pets")
        #expect(table.match(method: "GET", path: "/other")?.resource == "$default")
        #expect(Self.table(["GET /pets"]).match(method: "GET", path: "/other") == nil)
    }
}
