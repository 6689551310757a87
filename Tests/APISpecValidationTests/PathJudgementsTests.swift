import Testing

@testable import APISpecCore
@testable import APISpecValidation

/// The rules that judge a route by its path judge a path once for the routes written on it one
/// after another (`PathJudgements`, as `PathRuns` meets each run), and give each of them what
/// it found.
@Suite struct PathJudgementsTests {
    /// The runs of `keys`, parsed as the decoder parses them, and what was judged of them.
    private func gathered(_ keys: [String]) -> PathRuns {
        var last: RouteKey?
        let routes = keys.map { raw in
            let key = RouteKey(raw, afterPath: last?.path)
            last = key
            return Route(key: key, location: SourceLocation(file: "r.yaml", line: 1, column: 1))
        }
        return PathRuns.gathered(from: routes, of: PathRunsTests.spec)
    }

    @Test func aPathIsJudgedOnceForTheRoutesWrittenOnItInARow() {
        let paths = gathered(["GET /a/{id}/{id}", "PUT /a/{id}/{id}", "GET /a b", "POST /a b", "GET /a/{id}/{id}"])
        #expect(paths.judgements.repeatedParameters.map(\.run) == [0, 2])
        #expect(paths.judgements.invalid.map(\.run) == [1])
        #expect(paths.runs.map(\.routes) == [0..<2, 2..<4, 4..<5])
    }

    /// Unicode-equivalent paths are different texts: each is judged, and quoted, as written.
    @Test func anEquivalentPathWrittenWithOtherBytesIsJudgedAgain() {
        let paths = gathered(["GET /caf\u{E9}/{p+}/x", "PUT /cafe\u{301}/{p+}/x", "GET /", "PUT /"])
        #expect(paths.judgements.greedyNotLast.map(\.run) == [0, 1])
        #expect(paths.runs.count == 4)
    }

    /// Each route on a path with a problem draws its own finding, at its own line.
    @Test(arguments: [
        ("invalid-route-path", "/a b/{id}"), ("duplicate-path-parameter", "/a/{id}/{id}"),
        ("greedy-segment-not-last", "/a/{p+}/b"),
    ])
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
