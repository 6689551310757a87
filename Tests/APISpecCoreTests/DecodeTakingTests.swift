import Testing

@testable import APISpecCore

/// `decode(taking:)` frees routes and functions as it decodes them: it must decode exactly
/// what `decode(_:)` does, and leave nothing of them in the tree.
@Suite struct DecodeTakingTests {
    static let yaml = """
        apispec: 1
        name: pets
        x-team: pets
        functions:
          list: {runtime: python3.12, handler: app.list}
          x-note: skipped
          get: {runtime: python3.12, handler: app.get, memory: big}
        routes:
          GET /pets: {function: list, x-owner: me}
          x-draft: {function: list}
          GET /pets/{id}: {function: get, timeout: soon}
          POST /pets: [not, a, mapping]
        """

    static func root() throws -> YAMLNode {
        try #require(YAMLLoader().load(Array(yaml.utf8), path: "api.yaml").root)
    }

    @Test func decodesWhatACopyingDecodeDoes() throws {
        let copied = SpecDecoder().decode(try Self.root(), file: "api.yaml")
        var root = try Self.root()
        let taken = SpecDecoder().decode(taking: &root, file: "api.yaml")
        #expect(taken.diagnostics == copied.diagnostics)
        #expect(taken.diagnostics.count == 3)
        #expect(taken.spec?.routes == copied.spec?.routes)
        #expect(taken.spec?.routes.map(\.key.raw) == ["GET /pets", "GET /pets/{id}", "POST /pets"])
        #expect(taken.spec?.functions == copied.spec?.functions)
        #expect(taken.spec?.functions.keys.elements == ["list", "get"])
        #expect(taken.spec?.provenance == copied.spec?.provenance)
        #expect(taken.spec?.broken == copied.spec?.broken)
        #expect(taken.spec?.keyLocation(["routes", "GET /pets", "x-owner"]) != nil)
    }

    @Test func leavesNullsWhereRoutesAndFunctionsWere() throws {
        var root = try Self.root()
        _ = SpecDecoder().decode(taking: &root, file: "api.yaml")
        #expect(root["routes"]?.isNull == true)
        #expect(root["functions"]?.isNull == true)
        #expect(root["name"]?.scalarText == "pets")
    }
}
