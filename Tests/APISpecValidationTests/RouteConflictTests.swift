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
}
