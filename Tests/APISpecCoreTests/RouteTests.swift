import Testing

@testable import APISpecCore

@Suite struct RouteTests {
    static let at = APISpecCore.SourceLocation(file: "r.yaml", line: 2, column: 3)

    @Test func outOfLinePartsReadBackAndCountInEquality() {
        let plain = Route(key: RouteKey("GET /pets"), location: Self.at)
        var throttled = plain
        throttled.throttling = Throttling(rate: 10, burst: 20, provenance: Provenance(Self.at))
        #expect(throttled.throttling?.burst == 20)
        #expect(throttled != plain)
        #expect(plain.throttling == nil)

        throttled.throttling = nil
        #expect(throttled == plain)
        #expect(throttled.hashValue == plain.hashValue)
    }

    @Test func rarelyWrittenPartsReadBackAndAnEmptyRouteStoresNone() {
        let plain = Route(key: RouteKey("GET /pets"), location: Self.at)
        var described = plain
        described.description = "Lists pets"
        described.tags = [Located("pets", at: Self.at)]
        described.apiKeyRequired = false
        #expect(described.description == "Lists pets")
        #expect(described.tags.map(\.value) == ["pets"])
        #expect(described.apiKeyRequired == false)
        #expect(described.request == nil)
        #expect(described != plain)

        described.description = nil
        described.tags = []
        described.apiKeyRequired = nil
        #expect(described == plain)
        #expect(described.hashValue == plain.hashValue)
    }

    @Test func theLocationIsTheProvenancesEntity() {
        var route = Route(key: RouteKey("GET /pets"), location: Self.at)
        #expect(route.provenance.entity == Self.at)
        route.location = APISpecCore.SourceLocation(file: "r.yaml", line: 9, column: 1)
        #expect(route.provenance.entity.line == 9)
        #expect(route.provenance["auth"].line == 9)
    }

    @Test func aCopyChangedInPlaceLeavesTheOriginal() {
        var original = Route(key: RouteKey("GET /pets"), location: Self.at)
        original.integrations.append(.function(Located("list", at: Self.at)))
        var copy = original
        copy.integrations.append(.function(Located("other", at: Self.at)))
        copy.key = RouteKey("POST /pets")
        copy.provenance.set("auth", at: APISpecCore.SourceLocation(file: "r.yaml", line: 7, column: 1))
        #expect(original.integrations.map(\.functionName) == ["list"])
        #expect(original.key.raw == "GET /pets")
        #expect(!original.provenance.has("auth"))
        #expect(copy.integrations.map(\.functionName) == ["list", "other"])
        #expect(copy.key.raw == "POST /pets")

        // Equal contents in separate storage are equal routes.
        var rebuilt = Route(key: RouteKey("GET /pets"), location: Self.at)
        rebuilt.integrations = [.function(Located("list", at: Self.at))]
        #expect(rebuilt == original)
        #expect(rebuilt.hashValue == original.hashValue)
    }
}
