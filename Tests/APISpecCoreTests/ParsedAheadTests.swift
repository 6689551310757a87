import APISpecTestSupport
import Testing
@testable import APISpecCore

/// A large input is parsed on a thread of its own, ahead of the tree (`CYAMLPipe`); a small
/// one as its events are asked for. Either way the plain subset of YAML is parsed fast, and
/// libyaml takes over where the input leaves it (`yaml_fast.h`). Every way must give what
/// libyaml alone gives, whatever the input does to the parser: end cleanly, leave the subset
/// early or late, fail in its middle, or be stopped by the loader's limits while the parser
/// still runs ahead.
@Suite struct ParsedAheadTests {
    /// `count` routes and their functions: about 60 bytes a route.
    static func spec(routes count: Int) -> String {
        var lines = ["apispec: 1", "name: big", "functions:"]
        for group in 0..<(count / 10) {
            lines.append("  items\(group): {runtime: python3.12, handler: items\(group).handler, environment: {T: \"${param:Env}\"}}")
        }
        lines.append("routes:")
        for index in 0..<count {
            lines.append("  GET /items\(index / 10)/r\(index): {function: items\(index / 10), scopes: [a, b], timeout: 5}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each input, and the diagnostics it draws: the part of the loader it reaches.
    static let inputs: [String: (text: String, ids: [String])] = {
        let big = spec(routes: 3_000)
        var bomb = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<10 {
            bomb.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        // Values from a few bytes to several times a batch's first text buffer (4 KiB): a
        // batch that has no room left for one ends before it, one alone grows its text.
        let long = (0..<400).map { "  note\($0): \(String(repeating: "abcdefghij", count: ($0 * 37) % 1_300))x" }
        // A route in the middle of the large spec, written another way: where the fast parse
        // leaves the input to libyaml, or libyaml fails, with a thousand routes' events read.
        func withMiddleRoute(_ route: String) -> String {
            var lines = big.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.insert(route, at: lines.count / 2)
            return lines.joined(separator: "\n")
        }
        return [
            "an anchor in its middle": (withMiddleRoute("  GET /mid: &m {function: items1}"), []),
            "a folded value in its middle": (withMiddleRoute("  GET /mid:\n    function: items1\n    description: >-\n      one\n      line"), []),
            "a block value early on": ("description: |\n  two\n  lines\n" + big, []),
            "a character past ASCII in its middle": (withMiddleRoute("  GET /caf\u{E9}: {function: items1}"), []),
            "a control character in its middle": (withMiddleRoute("  GET /mid\u{01}: {function: items1}"), ["yaml-syntax"]),
            "a tab in its middle": (withMiddleRoute("  GET /mid:\t{function: items1}"), []),
            "a large spec": (big, []),
            "long strings": (big + "notes:\n" + long.joined(separator: "\n") + "\n", []),
            "a syntax error at its end": (big + "tail: \"unterminated\n", ["yaml-syntax"]),
            "a syntax error early on": ("a: [1, 2\n" + big, ["yaml-syntax"]),
            "repeated keys": (big + "name: again\nroutes: {}\n", ["duplicate-key", "duplicate-key"]),
            "a second document": (big + "---\nmore: 1\n" + big, ["multiple-documents"]),
            "nesting too deep": (String(repeating: "[", count: 100_000), ["nesting-too-deep"]),
            "nesting too deep after a large spec": (big + "deep: " + String(repeating: "[", count: 1_000), ["nesting-too-deep"]),
            "billion laughs before a large spec": (bomb.joined(separator: "\n") + "\n" + big, ["input-too-large"]),
            "an unknown anchor": (big + "x: *nowhere\n", ["unknown-anchor"]),
            // Each string an event carries (anchors, tags, values of every style), and directives.
            "tags, anchors and directives": (
                "%YAML 1.1\n%TAG !e! tag:example.com,2000:\n---\n" + big
                    + "tagged: !e!thing &m {a: !!str 1, b: 'single', c: \"double\", d: &s [x, !!int 2]}\n"
                    + "again: *m\nlist: *s\nliteral: |\n  two\n  lines\nfolded: >\n  one\n  line\nempty: ''\n",
                []),
            "a small spec": (spec(routes: 10), []),
            "nothing": ("", ["empty-spec"]),
        ]
    }()

    static func load(_ text: String, parsedAheadFrom: Int, fast: Bool = true) -> YAMLLoader.Result {
        var loader = YAMLLoader()
        loader.parsedAheadFrom = parsedAheadFrom
        loader.parsesSubsetFast = fast
        return loader.load(Array(text.utf8), path: "t.yaml")
    }

    /// Parsed ahead or not, fast or by libyaml alone, against libyaml alone as events are asked for.
    static func expectTheSameAsLibYAMLAlone(_ text: String) {
        let libyaml = load(text, parsedAheadFrom: .max, fast: false)
        for (ahead, fast) in [(true, true), (false, true), (true, false)] {
            let result = load(text, parsedAheadFrom: ahead ? 0 : .max, fast: fast)
            // Compared first: a failed expectation on the trees themselves would print them whole.
            let sameTree = result.root == libyaml.root, sameScalars = result.referenceScalars == libyaml.referenceScalars
            #expect(sameTree, "parsed ahead: \(ahead), fast: \(fast)")
            #expect(result.diagnostics == libyaml.diagnostics, "parsed ahead: \(ahead), fast: \(fast)")
            #expect(sameScalars, "parsed ahead: \(ahead), fast: \(fast)")
        }
    }

    @Test(arguments: inputs.keys.sorted())
    func everyWayTheResultIsTheSame(_ name: String) throws {
        let input = try #require(Self.inputs[name])
        #expect(Self.load(input.text, parsedAheadFrom: .max, fast: false).diagnostics.map(\.id) == input.ids)
        Self.expectTheSameAsLibYAMLAlone(input.text)
    }

    /// Read from disk, a large input's pages are given back as the parser reads them
    /// (`yaml_pipe_start`): it loads as the same bytes held in memory do, the lines its
    /// findings quote are read again whole, and the caller's bytes are left as they were.
    /// With an anchor on its last line, the fast parse leaves the input to libyaml at its
    /// end, which then reads it from the start: no page may have been given back before.
    @Test(arguments: ["", "late: &a x\n"])
    func aLargeFileReadFromDiskLoadsAsItsBytesInMemory(_ tail: String) throws {
        let text = Self.spec(routes: 30_000) + "name: again\n" + tail
        let bytes = Array(text.utf8)
        #expect(bytes.count > 2 << 20)
        var libyaml = YAMLLoader()
        libyaml.parsesSubsetFast = false
        let inMemory = libyaml.load(bytes, path: "t.yaml")
        let fromDisk = YAMLLoader().load(bytes, path: "t.yaml", quoting: .fromDisk(holding: bytes, chunk: 4096))
        #expect(inMemory.diagnostics.map(\.id) == ["duplicate-key"])
        #expect(fromDisk.diagnostics == inMemory.diagnostics)
        // Compared first: a failed expectation on the trees themselves would print them whole.
        let sameTree = fromDisk.root == inMemory.root, sameScalars = fromDisk.referenceScalars == inMemory.referenceScalars
        #expect(sameTree)
        #expect(sameScalars)
        let line = try #require(fromDisk.diagnostics.first).location.line
        #expect(fromDisk.source.lines([line])[line] == "name: again")
        let untouched = bytes == Array(text.utf8)
        #expect(untouched)
    }

    @Test func theLargeSpecsAreParsedAheadByDefault() {
        #expect(Self.spec(routes: 3_000).utf8.count > YAMLLoader().parsedAheadFrom)
        #expect(Self.spec(routes: 10).utf8.count < YAMLLoader().parsedAheadFrom)
    }

    @Test func randomTextParsedAheadNeverTraps() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab: -[]{},&*!|>'\"#\n  x1".utf8)
        for _ in 0..<100 {
            let bytes = (0..<Int.random(in: 0..<4_096, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let text = String(decoding: bytes, as: UTF8.self)
            let ahead = Self.load(text, parsedAheadFrom: 0)
            #expect(ahead.diagnostics == Self.load(text, parsedAheadFrom: .max, fast: false).diagnostics)
        }
    }
}
