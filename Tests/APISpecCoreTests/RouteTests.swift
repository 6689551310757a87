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
}
