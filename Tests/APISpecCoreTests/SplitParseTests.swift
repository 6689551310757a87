import CLibYAML
import CYAMLPipe
import Testing

/// A large input is parsed in two parts at once where a cut fits (`CYAMLPipe`'s
/// split_input.h). The events handed out must be the whole input's parse, event for event
/// and mark for mark, whether the two parts join at their seam or the input is parsed again
/// whole, and a failure must be told where the whole parse tells it.
@Suite struct SplitParseTests {
    /// Each event as a line of text (its type, line, column, style, value, anchor and tag),
    /// then how the parse ended; and whether the events came from two parts.
    static func events(_ text: String, split: Bool) -> (lines: [String], inParts: Bool) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let pipe = yaml_pipe_start(buffer.baseAddress, buffer.count, 0, split ? 0 : Int.max, 0)!
            defer { yaml_pipe_free(pipe) }
            var lines: [String] = []
            var event = yaml_pipe_event_t()
            while yaml_pipe_next(pipe, &event) == 1 {
                let value = event.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: event.length), as: UTF8.self) }
                lines.append("\(event.type.rawValue) \(event.line):\(event.column) \(event.style.rawValue) \(value ?? "-") "
                    + "\(event.anchor.map { String(cString: $0) } ?? "-") \(event.tag.map { String(cString: $0) } ?? "-")")
                if event.type == YAML_STREAM_END_EVENT { return (lines, yaml_pipe_parsed_in_parts(pipe) == 1) }
            }
            let parser = yaml_pipe_parser(pipe)!.pointee
            let problem = parser.problem.map { String(cString: $0) } ?? "-"
            lines.append("failed \(parser.error.rawValue) \(problem) at \(parser.problem_mark.line):\(parser.problem_mark.column)")
            return (lines, yaml_pipe_parsed_in_parts(pipe) == 1)
        }
    }

    /// Where two event lists first differ, with the events around it; nil when they are equal.
    static func difference(_ split: [String], _ whole: [String]) -> String? {
        guard split != whole else { return nil }
        let index = split.indices.first { $0 >= whole.count || split[$0] != whole[$0] } ?? split.count
        let around = max(0, index - 3)..<(index + 3)
        return "event \(index) of \(split.count) / \(whole.count): split \(split[around.clamped(to: split.indices)]) whole \(whole[around.clamped(to: whole.indices)])"
    }

    /// Entries of a block mapping two spaces in, enough of them that the input's middle falls
    /// among them.
    static func entries(_ count: Int, _ entry: (Int) -> String) -> String {
        (0..<count).map { "  " + entry($0) + "\n" }.joined()
    }

    static let routes = entries(400) { "GET /items\($0 / 10)/r\($0): {function: items\($0 / 10), scopes: [a, b], timeout: 5}" }

    /// Inputs whose parts join at their seam.
    static let joining: [String: String] = [
        "routes": "apispec: 1\nname: big\nroutes:\n" + routes + "cors: {origins: ['*']}\n",
        "an explicit document start and its end": "---\napispec: 1\nroutes:\n" + routes + "...\n",
        "an anchor before the cut, its alias after it": "defaults: &d {a: 1}\nroutes:\n" + routes + "again: *d\n",
        "a list at the nested mapping's indent as a value": "routes:\n" + entries(300) { "k\($0):\n  - x\n  - y" },
        "comments and blank lines": "routes:\n" + entries(300) { "# note \($0)\n\n  k\($0): v" },
        "block scalars": "routes:\n" + entries(300) { "k\($0): |\n    line \($0)\n    more\n" },
        "an empty value": "routes:\n" + entries(400) { "k\($0):" },
        "an error after the cut": "routes:\n" + routes + "tail: \"unterminated\n",
        "a key repeated across the cut": "name: a\nroutes:\n" + routes + "name: b\n",
        "a second document after the cut": "routes:\n" + routes + "---\nmore: 1\n",
        "carriage returns": "routes:\r\n" + entries(400) { "k\($0): v\r" },
        "lines breaks libyaml counts beyond newlines": "a: \"x\u{2028}y\u{85}z\"\nroutes:\n" + routes,
    ]

    /// Inputs whose first part cannot end at the seam, or whose cut is refused: parsed whole.
    static let whole: [String: String] = [
        "a quoted string over the cut": "note: \"start\n" + entries(400) { "k\($0): v" } + "end\"\n",
        "a flow list over the cut": "note: [start,\n" + entries(400) { "k\($0): v," } + "end]\n",
        "a top-level block scalar over the cut": "note: |1\n" + entries(400) { "k\($0): v" },
        "a top-level list of mappings": entries(400) { "k\($0): v" }.split(separator: "\n").enumerated()
            .map { $0.offset.isMultiple(of: 2) ? "- " + $0.element.dropFirst(2) : String($0.element) }.joined(separator: "\n") + "\n",
        "a mapping nested deeper": "top:\n  routes:\n" + entries(400) { "  k\($0): v" },
        "tag directives": "%TAG !e! tag:example.com,2000:\n---\nroutes:\n" + routes + "x: !e!thing 1\n",
        "an error before the cut": "a: [1, 2\nroutes:\n" + routes,
        "the nested mapping in flow style over the cut": "routes: {\n" + entries(400) { "k\($0): v," } + "}\n",
        "an anchor on the nested mapping, which starts it on its key's line": "routes: &r\n" + routes + "again: *r\n",
        "a mapping indented four spaces": "routes:\n" + entries(400) { "  k\($0): v" },
        "a top-level list": entries(400) { "- k\($0)" },
    ]

    @Test(arguments: joining.keys.sorted())
    func partsJoinedAtTheirSeamGiveTheWholeParsesEvents(_ name: String) throws {
        let text = try #require(Self.joining[name])
        let split = Self.events(text, split: true)
        let whole = Self.events(text, split: false)
        #expect(split.inParts, "\(Self.difference(split.lines, whole.lines) ?? "same events")")
        #expect(!whole.inParts)
        #expect(Self.difference(split.lines, whole.lines) == nil)
    }

    @Test(arguments: whole.keys.sorted())
    func anInputThatDoesNotJoinIsParsedWhole(_ name: String) throws {
        let text = try #require(Self.whole[name])
        let split = Self.events(text, split: true)
        #expect(!split.inParts)
        #expect(Self.difference(split.lines, Self.events(text, split: false).lines) == nil)
    }

    /// Random text after a large mapping's entries, so that the cut lands among the random
    /// constructs as often as among the entries: the events are the whole parse's every time.
    @Test func randomTextAfterEntriesGivesTheWholeParsesEvents() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["  k: v\n", "  k: \"a\n", "  k: [a,\n", "\n", "x: |\n", "  - a\n", "b]\n", "c\"\n", "  k: 'q\n",
                      "y:\n", "  &a k: *a\n", "# c\n", "  ? k\n", "  : v\n", "z: {\n", "}\n", "\t\n", "---\n", "  k:\n"]
        for _ in 0..<500 {
            let count = Int.random(in: 1..<200, using: &generator)
            let tail = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let text = "routes:\n" + Self.entries(Int.random(in: 0..<40, using: &generator)) { "k\($0): v" } + tail
            #expect(Self.difference(Self.events(text, split: true).lines, Self.events(text, split: false).lines) == nil, "\(text)")
        }
    }
}
