import Testing

@testable import APISpecCore

/// A node keeps its location in parts and its tag beside the file's name: what is set
/// must read back, and equality must not depend on how the parts are shared.
@Suite struct YAMLNodeTests {
    static func at(_ line: Int, _ file: String = "n.yaml") -> APISpecCore.SourceLocation {
        APISpecCore.SourceLocation(file: file, line: line, column: 7)
    }

    @Test func locationAndTagReadBack() {
        var node = YAMLNode(.scalar("1", .plain), at: Self.at(2), tag: "tag:yaml.org,2002:str")
        #expect(node.location == Self.at(2))
        #expect(node.tag == "tag:yaml.org,2002:str")
        #expect(node.resolvedScalar == .string("1"))

        node.location = Self.at(5, "other.yaml")
        #expect(node.location == Self.at(5, "other.yaml"))
        #expect(node.tag == "tag:yaml.org,2002:str")

        node.tag = nil
        #expect(node.tag == nil)
        #expect(node.location == Self.at(5, "other.yaml"))
        #expect(node.resolvedScalar == .int(1))
    }

    @Test func aLoadedNodeEqualsOneBuiltByHand() throws {
        let loaded = try #require(YAMLLoader().load(Array("a: !!str 1".utf8), path: "n.yaml").root)
        let value = try #require(loaded.pairs?.first?.value)
        let byHand = YAMLNode(.scalar("1", .plain), at: value.location, tag: "tag:yaml.org,2002:str")
        #expect(value == byHand)
        #expect(value.hashValue == byHand.hashValue)
        #expect(value != YAMLNode(.scalar("1", .plain), at: value.location))
    }
}
