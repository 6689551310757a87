import Testing
@testable import APISpecCore

@Suite struct YAMLLoaderTests {
    func load(_ text: String, limits: LoadLimits = LoadLimits()) -> YAMLLoader.Result {
        YAMLLoader(limits: limits).load(Array(text.utf8), path: "t.yaml")
    }

    func ids(_ result: YAMLLoader.Result) -> [String] { result.diagnostics.map(\.id) }

    @Test func keysAndValuesCarryOneBasedPositions() throws {
        let root = try #require(load("a: 1\nlist:\n  - x\n  - {k: v}\n").root)
        let pairs = try #require(root.pairs)
        #expect(pairs.map { $0.key.scalarText } == ["a", "list"])
        #expect(pairs[0].key.location.line == 1 && pairs[0].key.location.column == 1)
        #expect(pairs[0].value.location.column == 4)
        let items = try #require(pairs[1].value.items)
        #expect(items[0].location.line == 3 && items[0].location.column == 5)
        let inner = try #require(items[1]["k"])
        #expect(inner.location.line == 4 && inner.location.column == 9)
    }

    @Test func mappingsKeepSourceOrder() throws {
        let root = try #require(load("z: 1\na: 2\nm: 3\n").root)
        #expect(root.pairs?.compactMap { $0.key.scalarText } == ["z", "a", "m"])
    }

    @Test func scalarsResolveByYAML12CoreSchema() throws {
        let root = try #require(load("a: 1\nb: \"1\"\nc: 2.0\nd: true\ne: ~\nf: 0x10\ng: 1_000\n").root)
        #expect(root["a"]?.resolvedScalar == .int(1))
        #expect(root["b"]?.resolvedScalar == .string("1"))
        #expect(root["c"]?.resolvedScalar == .double(2))
        #expect(root["d"]?.resolvedScalar == .bool(true))
        #expect(root["e"]?.isNull == true)
        #expect(root["f"]?.resolvedScalar == .int(16))
        #expect(root["g"]?.resolvedScalar == .string("1_000"))
    }

    @Test func duplicateKeyIsReportedAtTheSecondWithANoteAtTheFirst() throws {
        let result = load("a: 1\nb: 2\na: 3\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.id == "duplicate-key")
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.notes.first?.location.line == 1)
        // The tree stays usable, so the decoder can report the rest; the first value wins.
        #expect(result.root?["a"]?.scalarText == "1")
    }

    /// Small mappings look among their pairs, large ones in an index (which grows past 32 keys):
    /// both report every repeat at its first occurrence, whichever side of the switch the two fall on.
    @Test(arguments: [3, 15, 16, 17, 40, 2_000])
    func duplicateKeysInMappingsOfAnySize(_ size: Int) throws {
        var lines = (1...size).map { "k\($0): \($0)" }
        lines.insert("<<: {m: 0}", at: size / 2)
        lines += ["k1: again", "k\(size): again", "<<: {n: 0}", "k\(size + 1): new", "k\(size + 1): again"]
        let result = load(lines.joined(separator: "\n") + "\n")
        let duplicates = result.diagnostics.filter { $0.id == "duplicate-key" }
        #expect(duplicates.map(\.location.line) == [size + 2, size + 3, size + 6])
        #expect(duplicates.compactMap(\.notes.first?.location.line) == [1, size + 1, size + 5])
        #expect(result.root?["k1"]?.scalarText == "1")
        #expect(result.root?["m"]?.scalarText == "0" && result.root?["n"]?.scalarText == "0")
    }

    /// A key written three times: both repeats point at the first, in an indexed mapping too.
    @Test(arguments: [3, 40, 2_000])
    func everyRepeatPointsAtTheFirst(_ size: Int) {
        let lines = (1...size).map { "k\($0): \($0)" } + ["k2: again", "k2: third"]
        let duplicates = load(lines.joined(separator: "\n") + "\n").diagnostics.filter { $0.id == "duplicate-key" }
        #expect(duplicates.map(\.location.line) == [size + 1, size + 2])
        #expect(duplicates.compactMap(\.notes.first?.location.line) == [2, 2])
    }

    @Test func mergeKeysCopyMissingKeys() throws {
        let root = try #require(load("base: &b {x: 1, y: 2}\nthing:\n  <<: *b\n  y: 3\n").root)
        #expect(root["thing"]?["x"]?.scalarText == "1")
        #expect(root["thing"]?["y"]?.scalarText == "3")
    }

    /// A tagged `<<` is an ordinary key: only the plain one merges.
    @Test func aTaggedMergeKeyIsAnOrdinaryKey() throws {
        let root = try #require(load("base: &b {x: 1}\nthing:\n  !!str <<: *b\n  y: 3\n").root)
        #expect(root["thing"]?.pairs?.map(\.keyText) == ["<<", "y"])
        #expect(root["thing"]?["<<"]?["x"]?.scalarText == "1")
        #expect(root["thing"]?["x"] == nil)
    }

    /// A list or a mapping as a key is reported, and its pair left out of a tree that stays usable.
    @Test func aComplexKeyIsReportedAndItsPairDropped() throws {
        let result = load("a: 1\n? [x, y]\n: 2\nb: 3\n")
        #expect(ids(result) == ["complex-key"])
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.root?.pairs?.map(\.keyText) == ["a", "b"])
    }

    /// A pair keeps its key as text and position, in its value's file.
    @Test func aPairsKeyKeepsItsPosition() throws {
        let root = try #require(load("a: 1\nlist:\n  'quoted key': {b: 2}\n").root)
        let pair = try #require(root.pairs?.last)
        #expect(pair.keyText == "list")
        #expect([pair.keyLocation.line, pair.keyLocation.column] == [2, 1])
        let inner = try #require(pair.value.pairs?.first)
        #expect(inner.keyText == "quoted key")
        #expect([inner.keyLocation.line, inner.keyLocation.column] == [3, 3])
        #expect(inner.keyLocation.file == "t.yaml" && inner.key.location == inner.keyLocation)
        #expect(inner.key.scalarText == "quoted key")
    }

    @Test func billionLaughsIsRejected() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let result = load(lines.joined(separator: "\n"))
        #expect(ids(result) == ["input-too-large"])
        #expect(result.root == nil)
    }

    @Test func billionLaughsInsideAnExtensionKeyIsRejectedToo() {
        var lines = ["apispec: 1", "x-bomb:", "  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<9 {
            lines.append("  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        #expect(ids(load(lines.joined(separator: "\n"))) == ["input-too-large"])
    }

    @Test func tooManyAliasesIsRejected() {
        var limits = LoadLimits()
        limits.maxAliases = 3
        #expect(ids(load("a: &a 1\nb: [*a, *a, *a, *a]\n", limits: limits)) == ["too-many-aliases"])
    }

    @Test func recursiveAliasIsRejected() {
        let result = load("a: &x [1, *x]\n")
        #expect(ids(result) == ["recursive-alias"])
        #expect(result.diagnostics.first?.location.column == 11)
    }

    @Test func unknownAnchorIsRejected() {
        let result = load("a: *nope\n")
        #expect(ids(result) == ["unknown-anchor"])
        #expect(result.diagnostics.first?.location.column == 4)
    }

    /// 100,000 levels, flow and block: rejected while parsing, long before the end.
    static let deepInputs: [String: String] = [
        "flow sequences": String(repeating: "[", count: 100_000),
        "flow mappings": String(repeating: "{a: ", count: 100_000),
        // Compact block sequences: `- - - x` nests one level per dash on a single line.
        "block": String(repeating: "- ", count: 100_000) + "x\n",
    ]

    @Test(arguments: deepInputs.keys.sorted())
    func deepNestingFailsFast(_ kind: String) throws {
        let result = load(try #require(Self.deepInputs[kind]))
        #expect(ids(result) == ["nesting-too-deep"])
    }

    @Test func invalidUTF8IsReportedWhereItIs() throws {
        var bytes = Array("a: 1\nb: x".utf8)
        bytes.append(0xC3)
        bytes.append(0x28)
        let result = YAMLLoader().load(bytes, path: "t.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.id == "invalid-encoding")
        #expect(diagnostic.location.line == 2 && diagnostic.location.column == 5)
    }

    @Test func nulByteIsRejected() {
        let result = YAMLLoader().load(Array("a: 1\n".utf8) + [0] + Array("b: 2".utf8), path: "t.yaml")
        #expect(ids(result) == ["invalid-encoding"])
        #expect(result.diagnostics.first?.location.line == 2)
    }

    /// The bytes next to the ASCII fast path's edges: 0x7F passes, NUL, 0x80 and 0xFF are found.
    @Test(arguments: [([0x7F], true), ([0x01], true), ([0x00], false), ([0x80], false), ([0xFF], false),
                      ([0xC3, 0xA9], true)] as [([UInt8], Bool)])
    func bytesAtTheEdgesOfASCII(_ tail: [UInt8], _ valid: Bool) {
        let result = YAMLLoader().load(Array("a: \"x".utf8) + tail + Array("\"\n".utf8), path: "t.yaml")
        #expect(ids(result).contains("invalid-encoding") == !valid)
    }

    @Test func multipleDocumentsAreRejectedAtTheSecond() {
        let result = load("a: 1\n---\nb: 2\n")
        #expect(ids(result) == ["multiple-documents"])
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.root == nil)
    }

    @Test(arguments: ["", "# just a comment\n", "---\n", "\n\n   \n"])
    func emptyFilesAreReported(_ text: String) {
        #expect(ids(load(text)) == ["empty-spec"])
    }

    @Test func tabIndentationGivesLibyamlsPosition() throws {
        let diagnostic = try #require(load("a:\n\tb: 1\n").diagnostics.first)
        #expect(diagnostic.id == "yaml-syntax")
        #expect(diagnostic.location.line == 2 && diagnostic.location.column == 1)
        #expect(diagnostic.hint?.contains("tabs") == true)
    }

    @Test func unterminatedStringIsASyntaxError() throws {
        let diagnostic = try #require(load("a: 'open\n").diagnostics.first)
        #expect(diagnostic.id == "yaml-syntax")
        #expect(diagnostic.message.contains("quoted scalar"))
    }

    @Test func oversizedInputIsRejectedBeforeParsing() {
        var limits = LoadLimits()
        limits.maxBytes = 10
        let result = load("a: 12345678901234567890\n", limits: limits)
        #expect(ids(result) == ["input-too-large"])
    }

    @Test func randomBinaryNeverTraps() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<512, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let result = YAMLLoader().load(bytes, path: "r.yaml")
            #expect(result.root != nil || !result.diagnostics.isEmpty)
        }
    }
}
