import Testing

@testable import APISpecCore

@Suite struct ProvenanceTests {
    static func at(_ line: Int) -> APISpecCore.SourceLocation { APISpecCore.SourceLocation(file: "p.yaml", line: line, column: 1) }

    @Test func anUnwrittenFieldFallsBackToTheEntity() {
        var provenance = Provenance(Self.at(1))
        provenance.set("memory", at: Self.at(2))
        #expect(provenance["memory"] == Self.at(2))
        #expect(provenance["timeout"] == Self.at(1))
        #expect(provenance.has("memory"))
        #expect(!provenance.has("timeout"))
    }

    @Test func aLaterWriteReplacesTheEarlierOneInPlace() {
        var provenance = Provenance(Self.at(1))
        provenance.set("auth", at: Self.at(2))
        provenance.set("timeout", at: Self.at(3))
        provenance.set("auth", at: Self.at(4))
        #expect(provenance["auth"] == Self.at(4))
        #expect(provenance.fields.map { $0.key } == ["auth", "timeout"])
    }

    @Test func ownFieldsOverInheritedOnesInTheInheritedOrder() {
        var provenance = Provenance(Self.at(1))
        provenance.inherit([("auth", Self.at(10)), ("timeout", Self.at(11))])
        provenance.set("function", at: Self.at(2))
        provenance.set("timeout", at: Self.at(3))
        #expect(provenance["auth"] == Self.at(10))
        #expect(provenance["timeout"] == Self.at(3))
        #expect(provenance.has("auth"))
        #expect(provenance.fields.map { $0.key } == ["auth", "timeout", "function"])
        #expect(provenance.fields.map { $0.location.line } == [10, 3, 2])

        var flat = Provenance(Self.at(1))
        flat.set("auth", at: Self.at(10))
        flat.set("timeout", at: Self.at(3))
        flat.set("function", at: Self.at(2))
        #expect(provenance == flat)
        #expect(provenance.hashValue == flat.hashValue)
    }

    /// A decoded spec records its fields by key number and line and column, in the entity's file.
    @Test func decodedFieldsReadBackWithTheirFileLineAndColumn() throws {
        let yaml = "apispec: 1\nname: pets\nroutes:\n  GET /pets: {function: list, timeout: 3, scopes: [a]}\n"
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "d.yaml").spec)
        let provenance = spec.routes[0].provenance
        #expect(provenance["function"] == APISpecCore.SourceLocation(file: "d.yaml", line: 4, column: 25))
        #expect(provenance["timeout"] == APISpecCore.SourceLocation(file: "d.yaml", line: 4, column: 40))
        #expect(provenance.fields.map(\.key) == ["function", "timeout", "scopes"])
        #expect(provenance.fields.allSatisfy { $0.location.file == "d.yaml" })
        #expect(!provenance.has("auth"))
    }

    /// Every path's keys are numbered in a row from the path's start, in the order `all` lists them.
    @Test func everyKnownKeyHasANumber() {
        let (names, starts) = KnownKeys.numbered
        #expect(names.count <= Int(UInt16.max))
        #expect(starts.count == KnownKeys.all.count)
        for (path, keys) in KnownKeys.all {
            let start = starts[path] ?? -1
            #expect(Array(names[start..<start + keys.count]) == keys, "\(path)")
        }
    }

    /// A key the language does not know, or a location in another file, is kept whole, and the
    /// fields recorded before it keep theirs.
    @Test(arguments: [("colour", "p.yaml"), ("memory", "other.yaml")])
    func anyKeyAtAnyLocationIsKept(_ key: String, _ file: String) {
        var provenance = Provenance(Self.at(1))
        provenance.set("auth", at: Self.at(2))
        let elsewhere = APISpecCore.SourceLocation(file: file, line: 5, column: 7)
        provenance.set(key, at: elsewhere)
        provenance.set("auth", at: Self.at(3))
        #expect(provenance["auth"] == Self.at(3))
        #expect(provenance[key] == elsewhere)
        #expect(provenance.fields.map(\.key) == ["auth", key])
    }

    /// Fields recorded in the entity's file stay there when the entity moves to another.
    @Test func fieldsStayInTheirFileWhenTheEntityMoves() throws {
        let yaml = "apispec: 1\nname: pets\nroutes:\n  GET /pets: {function: list}\n"
        var route = try #require(Frontend.load(Array(yaml.utf8), path: "d.yaml").spec).routes[0]
        route.location = APISpecCore.SourceLocation(file: "moved.yaml", line: 9, column: 1)
        #expect(route.provenance["function"] == APISpecCore.SourceLocation(file: "d.yaml", line: 4, column: 25))
        #expect(route.provenance["auth"] == APISpecCore.SourceLocation(file: "moved.yaml", line: 9, column: 1))
    }
}
