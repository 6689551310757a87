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
}
