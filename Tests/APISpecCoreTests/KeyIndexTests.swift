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

@Suite struct KeyIndexNameTests {
    /// Short names are stored once for every mapping that has them; long ones per key.
    @Test func namesSharedByManyMappingsAndLongNamesAreFound() throws {
        let routes = (0..<50).map { "  GET /a-rather-long-path/\($0): {function: f\($0), auth: none}" }
        let yaml = (["routes:"] + routes + ["function: top"]).joined(separator: "\n")
        let index = KeyIndex(try #require(YAMLLoader().load(Array(yaml.utf8), path: "k.yaml").root))
        for number in [0, 17, 49] {
            let route = "GET /a-rather-long-path/\(number)"
            #expect(index.location(["routes", route])?.line == number + 2)
            #expect(index.location(["routes", route, "function"])?.column == 30 + String(number).count)
            #expect(index.location(["routes", route, "auth"]) != nil)
            #expect(index.location(["routes", route, "timeout"]) == nil)
        }
        #expect(index.location(["routes", "GET /a-rather-long-path/50"]) == nil)
        #expect(index.location(["function"])?.line == 52)
        #expect(index.location(["routes", "function"]) == nil)
    }
}

/// Keys are sorted and searched by their bytes where both are ASCII, and as Strings otherwise:
/// every key must still be found, whatever its bytes, its length or its neighbours.
@Suite struct KeyIndexOrderTests {
    @Test func keysOfEveryKindAreFound() throws {
        let names = [
            "", "a", "b", "ab", "a\u{0}", "a\u{0}b", "GET /items1/{id}", "GET /items1/{id}/parts", "GET /items10/{id}",
            "GET /items1", "0123456789abcdef", "0123456789abcdeg", "0123456789abcdef0", "é", "e\u{301}x", "K", "k",
            "ß", "zz", "Zz", "~", "function", "functiom", "auth", "timeout",
        ]
        let yaml = names.enumerated().map { "\"\(Self.escaped($0.element))\": {x\($0.offset): 1, function: f}" }.joined(separator: "\n")
        let index = KeyIndex(try #require(YAMLLoader().load(Array(yaml.utf8), path: "k.yaml").root))
        for (offset, name) in names.enumerated() {
            #expect(index.location([name])?.line == offset + 1, "\(name)")
            #expect(index.location([name, "x\(offset)"]) != nil, "\(name)")
            #expect(index.location([name, "function"]) != nil, "\(name)")
            #expect(index.location([name, "functiom"]) == nil, "\(name)")
        }
        // A Character equal to another made of different scalars is the same key.
        #expect(index.location(["e\u{301}"])?.line == 14)
        #expect(index.location(["\u{E9}x"])?.line == 15)
    }

    private static func escaped(_ name: String) -> String {
        name.unicodeScalars.map { $0.value == 0 ? "\\0" : String($0) }.joined()
    }
}

@Suite struct KeyIndexRepeatedKeyTests {
    /// A tree built by hand (the loader drops repeated keys): the last key wins, and what
    /// lies under either stays reachable.
    @Test func theLastOfRepeatedKeysWinsAndBothChildrenStayReachable() {
        func at(_ line: Int) -> APISpecCore.SourceLocation { APISpecCore.SourceLocation(file: "k.yaml", line: line, column: 1) }
        func scalar(_ text: String, _ line: Int) -> YAMLNode { YAMLNode(.scalar(text, .plain), at: at(line)) }
        func mapping(_ pairs: [(String, YAMLNode, Int)]) -> YAMLNode {
            YAMLNode(.mapping(pairs.map { YAMLNode.Pair(key: scalar($0.0, $0.2), value: $0.1) }), at: at(0))
        }
        let root = mapping([
            ("d", mapping([("x", scalar("1", 2), 2), ("y", scalar("2", 3), 3)]), 1),
            ("a", scalar("3", 4), 4),
            ("d", mapping([("x", scalar("4", 6), 6), ("z", scalar("5", 7), 7)]), 5),
        ])
        let index = KeyIndex(root)
        #expect(index.location(["d"])?.line == 5)
        #expect(index.location(["d", "x"])?.line == 6)
        #expect(index.location(["d", "y"])?.line == 3)
        #expect(index.location(["d", "z"])?.line == 7)
        #expect(index.location(["a"])?.line == 4)
        #expect(index.location(["a", "x"]) == nil)
    }
}

/// A spec the loader made indexes the keys inside routes and functions when a path first
/// goes into one, and only then: most runs never ask.
@Suite struct KeyIndexDeferredSectionsTests {
    static let yaml = """
        apispec: 1
        name: pets
        defaults:
          function: {runtime: python3.12, memory: 256}
        functions:
          list: {handler: app.list}
        routes:
          GET /pets: {function: list, auth: none}
        """

    @Test func sectionsAreIndexedOnFirstUseOnly() throws {
        let spec = try #require(Frontend.load(Array(Self.yaml.utf8), path: "pets.yaml").spec)
        #expect(spec.keyLocation(["routes"])?.line == 7)
        #expect(spec.keyLocation(["functions"])?.line == 5)
        #expect(spec.keyLocation(["defaults", "function", "memory"])?.column == 35)
        #expect(!spec.keys.indexedWhole)
        #expect(spec.keyLocation(["routes", "GET /pets", "auth"]).map { [$0.line, $0.column] } == [8, 31])
        #expect(spec.keys.indexedWhole)
        #expect(spec.keyLocation(["functions", "list", "handler"]).map { [$0.line, $0.column] } == [6, 10])
        #expect(spec.keyLocation(["routes", "GET /cats"]) == nil)
    }

    /// A spec decoded from a tree it was handed has nothing to parse again: it indexes it whole.
    @Test func aTreeDecodedDirectlyIsIndexedWhole() throws {
        var root = try #require(YAMLLoader().load(Array(Self.yaml.utf8), path: "pets.yaml").root)
        let spec = try #require(SpecDecoder().decode(taking: &root, file: "pets.yaml").spec)
        #expect(spec.keys.indexedWhole)
        #expect(spec.keyLocation(["routes", "GET /pets", "function"])?.line == 8)
    }
}
