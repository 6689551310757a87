import Testing

@testable import APISpecCore
@testable import APISpecValidation

/// A rule that judges a route by its path judges a path once for the routes written on it one
/// after another, and gives each of them what it found.
@Suite struct LastPathTests {
    /// The paths `judge` was asked for, judging `keys` as the decoder parses them.
    private func judged(_ keys: [String]) -> (asked: [String], found: [Int]) {
        var last: RouteKey?
        var memo = LastPath<Int>()
        var asked: [String] = []
        var found: [Int] = []
        for raw in keys {
            let key = RouteKey(raw, afterPath: last?.path)
            last = key
            found.append(memo.value(for: key.path!) { path in
                asked.append(path.raw)
                return path.segments.count
            })
        }
        return (asked, found)
    }

    @Test func aPathIsJudgedOnceForTheRoutesWrittenOnItInARow() {
        let result = judged(["GET /a/{id}", "PUT /a/{id}", "DELETE /a/{id}", "GET /a", "POST /a", "GET /a/{id}"])
        #expect(result.asked == ["/a/{id}", "/a", "/a/{id}"])
        #expect(result.found == [2, 2, 2, 1, 1, 2])
    }

    /// Unicode-equivalent paths are different texts: each is judged, and quoted, as written.
    @Test func anEquivalentPathWrittenWithOtherBytesIsJudgedAgain() {
        let result = judged(["GET /caf\u{E9}", "PUT /cafe\u{301}", "GET /", "PUT /"])
        #expect(result.asked == ["/caf\u{E9}", "/cafe\u{301}", "/", "/"])
    }

    /// The same text parsed apart (not by the decoder's sharing) is judged again, never mixed up.
    @Test func theSameTextParsedApartIsJudgedAgain() {
        var memo = LastPath<String>()
        var asked = 0
        for raw in ["/a/{id}", "/a/{id}"] {
            _ = memo.value(for: RoutePath(raw)) { asked += 1; return $0.raw }
        }
        #expect(asked == 2)
    }

    /// Each route on a path with a problem draws its own finding, at its own line.
    @Test(arguments: [("invalid-route-path", "/a b/{id}"), ("duplicate-path-parameter", "/a/{id}/{id}")])
    func everyRouteOnAPathWithAProblemIsReported(_ id: String, _ path: String) {
        let spec = HandlerRoutes.spec(routes: """
              ↓"GET \(path)": {function: handle, auth: none}
              ↓"PUT \(path)": {function: handle, auth: iam}
              "GET /ok": {function: handle, auth: none}
              ↓"DELETE \(path)": {function: handle, auth: iam}
            """)
        #expect(HandlerRoutes.findings(id, in: spec.text).map(\.location.line) == spec.positions.map(\.line))
    }
}
