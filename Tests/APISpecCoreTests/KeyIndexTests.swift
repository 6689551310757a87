import Testing

@testable import APISpecCore

@Suite struct KeyIndexTests {
    static let yaml = """
        a: {b: 1}
        list: [b]
        d:
          b:
            e: 2
          a: {b: 3}
        """

    static func index() throws -> KeyIndex {
        KeyIndex(try #require(YAMLLoader().load(Array(yaml.utf8), path: "k.yaml").root))
    }

    @Test func findsEveryKeyByItsPath() throws {
        let index = try Self.index()
        func at(_ path: [String]) -> [Int]? { index.location(path).map { [$0.line, $0.column] } }
        #expect(at(["a"]) == [1, 1])
        #expect(at(["a", "b"]) == [1, 5])
        #expect(at(["d", "b", "e"]) == [5, 5])
        #expect(at(["d", "a", "b"]) == [6, 7])
        #expect(at(["list"]) == [2, 1])
    }

    @Test func aPathThatIsNotWrittenHasNoLocation() throws {
        let index = try Self.index()
        #expect(index.location(["b"]) == nil)
        #expect(index.location(["a", "e"]) == nil)
        #expect(index.location(["list", "b"]) == nil)
        #expect(index.location(["d", "b", "e", "f"]) == nil)
        #expect(index.location([]) == nil)
    }
}
