import Testing

@testable import APISpecCore

@Suite struct SourceLocationTests {
    @Test func locationsCompareByFileNameNotBySharedStorage() throws {
        let root = try #require(YAMLLoader().load(Array("a: 1".utf8), path: "api.yaml").root)
        let byHand = APISpecCore.SourceLocation(file: "api.yaml", line: 1, column: 1)
        #expect(root.location == byHand)
        #expect(Set([root.location, byHand]).count == 1)
        #expect(root.location != APISpecCore.SourceLocation(file: "other.yaml", line: 1, column: 1))
    }

    @Test func renamingOneLocationLeavesTheOthersOfItsFile() throws {
        let root = try #require(YAMLLoader().load(Array("a: 1".utf8), path: "api.yaml").root)
        var renamed = root.location
        renamed.file = "copy.yaml"
        #expect(renamed.description == "copy.yaml:1:1")
        #expect(root.location.description == "api.yaml:1:1")
    }

    @Test func linesAndColumnsBeyond32BitsSaturate() {
        let far = APISpecCore.SourceLocation(file: "f", line: Int(UInt32.max) + 5, column: -3)
        #expect(far.line == Int(UInt32.max))
        #expect(far.column == 0)
    }
}
