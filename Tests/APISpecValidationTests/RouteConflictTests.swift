import APISpecTestSupport
import Testing

@testable import APISpecCore
@testable import APISpecValidation

/// Route collisions beyond the rules' own examples.
@Suite struct RouteConflictTests {
    private func findings(_ id: String, _ yaml: String) -> [MarkedText.Position] {
        HandlerRoutes.findings(id, in: yaml).map { MarkedText.Position(line: $0.location.line, column: $0.location.column) }
    }

    private func spec(protocol apiProtocol: String, routes: String) -> MarkedText {
        HandlerRoutes.spec(protocol: apiProtocol, routes: routes)
    }

    @Test func aGreedyParameterBesideAPlainOneConflictsOnRest() {
        let marked = spec(protocol: "rest", routes: """
              GET /files/{id}: {function: handle, auth: none}
              ↓GET /files/{proxy+}: {function: handle, auth: none}
            """)
        #expect(findings("conflicting-path-parameter-names", marked.text) == marked.positions)
    }

    @Test func deeperRoutesConflictAtTheirFirstDifferingParameter() {
        let marked = spec(protocol: "rest", routes: """
              GET /users/{userId}/files/{fileId}: {function: handle, auth: none}
              ↓PUT /users/{id}/files/{fileId}: {function: handle, auth: iam}
              ↓DELETE /users/{userId}/files/{name}: {function: handle, auth: iam}
            """)
        #expect(findings("conflicting-path-parameter-names", marked.text) == marked.positions)
    }

    /// Each method of a path that conflicts is reported, the routes beside it on that path too
    /// (a route on the path of the one before it is checked again only after a conflict).
    @Test func everyRouteOnAConflictingPathIsReported() {
        let marked = spec(protocol: "rest", routes: """
              GET /pets/{id}: {function: handle, auth: none}
              PUT /pets/{id}: {function: handle, auth: iam}
              ↓DELETE /pets/{petId}/photos: {function: handle, auth: iam}
              ↓POST /pets/{petId}/photos: {function: handle, auth: iam}
              GET /pets/{id}/toys: {function: handle, auth: none}
              ↓DELETE /pets/{name}: {function: handle, auth: iam}
              ↓PATCH /pets/{name}: {function: handle, auth: iam}
            """)
        #expect(findings("conflicting-path-parameter-names", marked.text) == marked.positions)
    }

    /// A path that begins as the path before it did meets what that one met there: its
    /// conflict, or names recorded further up, and is judged from where the two part.
    @Test func aPathAfterAConflictingOneMeetsItsConflict() {
        let marked = spec(protocol: "rest", routes: """
              GET /a/{id}: {function: handle, auth: none}
              ↓PUT /a/{key}: {function: handle, auth: iam}
              ↓PUT /a/{key}/b: {function: handle, auth: iam}
              ↓PUT /a/{key}/b/{x}: {function: handle, auth: iam}
              GET /a/{id}/b/{x}: {function: handle, auth: none}
              ↓GET /a/{id}/b/{y}/c: {function: handle, auth: none}
              GET /a/{id}/b/{x}/c: {function: handle, auth: none}
            """)
        #expect(findings("conflicting-path-parameter-names", marked.text) == marked.positions)
    }

    /// A parameter's siblings are those under the same parent resource, however deep.
    @Test func parametersUnderDifferentParentsDoNotConflict() {
        let marked = spec(protocol: "rest", routes: """
              GET /pets/{petId}: {function: handle, auth: none}
              GET /owners/{ownerId}: {function: handle, auth: none}
              GET /pets/{petId}/toys/{toyId}: {function: handle, auth: none}
              GET /pets/{petId}/vets/{vetId}: {function: handle, auth: none}
            """)
        #expect(findings("conflicting-path-parameter-names", marked.text).isEmpty)
    }

    @Test func httpApisDoNotShareTheRestResourceTree() {
        let marked = spec(protocol: "http", routes: """
              GET /files/{id}: {function: handle, auth: none}
              DELETE /files/{fileId}/versions: {function: handle, auth: iam}
            """)
        #expect(findings("conflicting-path-parameter-names", marked.text).isEmpty)
    }

    /// A route that repeats an earlier one is `duplicate-route`'s finding: its path is judged
    /// for none of its routes, and records no name.
    @Test func aRepeatedRouteIsLeftToDuplicateRoute() {
        let marked = spec(protocol: "rest", routes: """
              GET /a/{id}: {function: handle, auth: none}
              GET /a/{key}: {function: handle, auth: none}
              ↓PUT /a/{key}/b: {function: handle, auth: iam}
            """)
        #expect(findings("conflicting-path-parameter-names", marked.text) == marked.positions)
        #expect(findings("duplicate-route", marked.text).map(\.line) == [8])
    }

    /// Past a block of the validator's (`BlockPass`), paths are judged as the routes are read:
    /// the finding's note is at the first route, many blocks before it.
    @Test func aConflictFarAfterTheFirstNameIsFound() {
        let filler = (1...300).map { "  GET /f\($0): {function: handle, auth: none}" }.joined(separator: "\n")
        let marked = spec(protocol: "rest", routes: """
              GET /a/{id}: {function: handle, auth: none}
            \(filler)
              ↓PUT /a/{key}: {function: handle, auth: iam}
            """)
        let diagnostics = Validator.check(Array(marked.text.utf8), path: "routes.yaml").diagnostics
            .filter { $0.id == "conflicting-path-parameter-names" }
        #expect(diagnostics.map(\.location.line) == marked.positions.map(\.line))
        #expect(diagnostics.compactMap(\.notes.first?.location.line) == [marked.positions[0].line - 301])
    }

    @Test func everyRepeatOfARouteHasANoteAtTheFirst() {
        let marked = spec(protocol: "http", routes: """
              GET /files/{id}: {function: handle, auth: none}
              ↓GET /files/{name}: {function: handle, auth: none}
              ↓GET /files/{key}: {function: handle, auth: none}
            """)
        let diagnostics = Validator.check(Array(marked.text.utf8), path: "routes.yaml").diagnostics
            .filter { $0.id == "duplicate-route" }
        #expect(diagnostics.map(\.location.line) == marked.positions.map(\.line))
        #expect(diagnostics.compactMap(\.notes.first?.location.line) == [7, 7])
    }

    @Test func sameShapeDifferentMethodIsNoDuplicate() {
        let marked = spec(protocol: "http", routes: """
              GET /files/{id}: {function: handle, auth: none}
              ANY /files/{id}: {function: handle, auth: iam}
              ↓GET /files/{name}: {function: handle, auth: none}
            """)
        #expect(findings("duplicate-route", marked.text) == marked.positions)
        #expect(findings("conflicting-path-parameter-names", marked.text).isEmpty)
    }

    /// `RouteShapes.duplicates` hashes shapes and methods apart (`PathRuns`): it must find what comparing
    /// every route's method and shape with every earlier one's finds, keys equal only up to
    /// Unicode equivalence (the Kelvin sign is `K`) included, with and without a path (a
    /// WebSocket API's keys have none, and are hashed by their bytes when plain ASCII).
    @Test func duplicatesAreWhatComparingEveryPairFinds() {
        let keys = [
            "GET /K/{id}", "GET /\u{212A}/{name}", "GET /caf\u{E9}", "GET /cafe\u{301}", "POST /a", "GET /a",
            "get /a", "GET /a", "$default", "$default", "/a", "/a", "K /x", "\u{212A} /x", "GET /", "GET /",
            "Key", "\u{212A}ey", "caf\u{E9}", "cafe\u{301}", "sendMessage", "sendmessage", "sendMessage",
        ]
        #expect(duplicatesFound(keys, sharingPaths: false) == duplicatesByPairs(keys))
        #expect(duplicatesByPairs(keys).count == 10)
    }

    /// The same with routes parsed as the decoder parses them, where a route on the very path of
    /// the route before it shares that path (`PathRuns` then finds repeats within a run as it
    /// meets them): runs of one shape, runs of a shape no other run has, repeats in each.
    @Test func duplicatesInRunsAreWhatComparingEveryPairFinds() {
        let keys = [
            "GET /a/{id}", "PUT /a/{id}", "GET /a/{id}", "K /a/{id}", "\u{212A} /a/{id}", "GET /b", "POST /b", "GET /b",
            "GET /a/{name}", "PUT /a/{name}", "DELETE /a/{name}", "$default", "GET /c", "GET /c", "GET /", "GET /", "GET /b",
            "DELETE /a/{x}", "$default",
        ]
        #expect(duplicatesFound(keys, sharingPaths: true) == duplicatesByPairs(keys))
        #expect(duplicatesByPairs(keys).count == 10)
    }

    /// `RouteShapes.duplicates` of routes with `keys`, as pairs of keys.
    private func duplicatesFound(_ keys: [String], sharingPaths: Bool) -> [[String]] {
        var last: RouteKey?
        let routes = keys.map { raw in
            let key = RouteKey(raw, afterPath: sharingPaths ? last?.path : nil)
            last = key
            return Route(key: key, location: SourceLocation(file: "r.yaml", line: 1, column: 1))
        }
        let found = RouteShapes.duplicates(in: routes, PathRuns.gathered(from: routes, of: PathRunsTests.spec))
        return found.map { [keys[$0.index], keys[$0.first]] }
    }

    /// Each key's first earlier key of the same method and shape, comparing every pair.
    private func duplicatesByPairs(_ keys: [String]) -> [[String]] {
        let routeKeys = keys.map(RouteKey.init)
        func shape(_ key: RouteKey) -> [String?] { [key.method, key.path?.shape ?? key.raw] }
        return routeKeys.indices.compactMap { index in
            routeKeys[..<index].firstIndex { shape($0) == shape(routeKeys[index]) }.map { [keys[index], keys[$0]] }
        }
    }

    /// `RouteShapes.shapeHash` hashes an ASCII path's shape segment by segment: paths of equal
    /// shapes must hash alike, ASCII or not, whichever way their segments make the shape (a
    /// literal `{}` is a parameter's shape, no segments one empty literal's), and a few paths of
    /// other shapes do not.
    @Test func equalShapesHashAlike() {
        let paths = [
            "", "/", "//", "/a", "a", "/a/{id}", "/a/{name}", "/a/{}", "/a/{proxy+}", "/a/{rest+}", "/a/{+}", "/a/{p}/b",
            "/a/{q}/b", "/pets/{id}/photos/{photoId}", "/pets/{x}/photos/{y}", "//x/", "//x/", "/x/",
            "/a-literal-segment-longer-than-a-small-string/{id}/and-another-one-as-long-as-that",
            "/a-literal-segment-longer-than-a-small-string/{x}/and-another-one-as-long-as-that",
            "/caf\u{E9}/{id}", "/cafe\u{301}/{x}", "/\u{212A}/{x}", "/K/{y}", "/K/{}", "/k/{y}",
        ].map(RoutePath.init)
        var equalPairs = 0
        for a in paths {
            for b in paths where a.shape == b.shape {
                #expect(RouteShapes.shapeHash(of: a) == RouteShapes.shapeHash(of: b), "\(a.raw) and \(b.raw)")
                equalPairs += a.raw == b.raw ? 0 : 1
            }
        }
        #expect(equalPairs > 30)
        let different = ["/a", "/b", "/a/{id}", "/a/{p+}", "/a/b", "/a/{id}/b", "/", "//"].map { RouteShapes.shapeHash(of: RoutePath($0)) }
        #expect(Set(different).count == different.count)
    }
}
