import APISpecCore
import APISpecTestSupport
import Testing

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

    /// `RouteShapes.duplicates` hashes shapes and methods apart: it must find what comparing
    /// every route's method and shape with every earlier one's finds, keys equal only up to
    /// Unicode equivalence (the Kelvin sign is `K`) included.
    @Test func duplicatesAreWhatComparingEveryPairFinds() {
        let keys = [
            "GET /K/{id}", "GET /\u{212A}/{name}", "GET /caf\u{E9}", "GET /cafe\u{301}", "POST /a", "GET /a",
            "get /a", "GET /a", "$default", "$default", "/a", "/a", "K /x", "\u{212A} /x", "GET /", "GET /",
        ]
        let routes = keys.map { Route(key: RouteKey($0), location: SourceLocation(file: "r.yaml", line: 1, column: 1)) }
        func shape(_ key: RouteKey) -> [String?] { [key.method, key.path?.shape ?? key.raw] }
        let expected = routes.indices.compactMap { index in
            routes[..<index].firstIndex { shape($0.key) == shape(routes[index].key) }.map { [keys[index], keys[$0]] }
        }
        #expect(RouteShapes.duplicates(in: routes).map { [$0.route.key.raw, $0.first.key.raw] } == expected)
        #expect(expected.count == 7)
    }

    /// `RouteShapes.shapeHash` streams an ASCII path's shape into the hasher segment by segment:
    /// it must be the hash of the shape's text, for every path, ASCII or not.
    @Test(arguments: [
        "", "/", "/a", "/a/{id}", "/a/{proxy+}", "/pets/{id}/photos/{photoId}", "//x/", "/a/{}", "/a/{+}",
        "/a-literal-segment-longer-than-a-small-string/{id}/and-another-one-as-long-as-that", "/caf\u{E9}/{id}",
        "/\u{212A}/{x}", "/K/{y}",
    ])
    func shapeHashIsTheHashOfTheShape(_ raw: String) {
        let path = RoutePath(raw)
        #expect(RouteShapes.shapeHash(of: path) == path.shape.hashValue)
    }
}

