import APISpecTestSupport
import CLibYAML
import CYAMLPipe
import Foundation
import Testing

/// `yaml_fast.c` parses the plain subset of YAML that specs are written in, and its events
/// stand in for libyaml's: the caller takes them as libyaml's and asks libyaml only for what
/// follows where the fast parse gave up. So the two are compared here, event by event, on
/// every input at hand: the fast parse must hand out libyaml's events in libyaml's order
/// (type, start line and column, a scalar's value and style, and no anchor or tag, which the
/// fast events cannot carry); when it reaches the end, libyaml must parse the same input
/// without an error into no more events; when it gives up, what it handed out must still be
/// libyaml's first events, whether or not libyaml goes on to fail.
///
/// A parse that always gave up would keep that contract too, so the tests also require the
/// fast parse to reach the end of typical specs, and of a good share of mutated ones.
@Suite struct FastYAMLTests {
    // MARK: - The contract, on every kind of input

    @Test func theRepositorysYAMLFilesKeepTheContract() throws {
        let files = try Self.repositoryFiles()
        #expect(files.count >= 6, "the example specs and golden inputs should be found: \(files.map(\.name))")
        for file in files {
            if let violation = Comparison(file.bytes).violation { Issue.record("\(file.name): \(violation)") }
        }
    }

    @Test func generatedSpecsKeepTheContract() throws {
        for spec in try Self.generatedSpecs() {
            if let violation = Comparison(Array(spec.text.utf8)).violation { Issue.record("\(spec.name): \(violation)") }
        }
    }

    @Test(arguments: trickyCases)
    func trickyCaseKeepsTheContract(_ input: TrickyCase) {
        if let violation = Comparison(input.bytes).violation { Issue.record("\(violation)") }
    }

    /// Thousands of near-specs, each a piece of a real or generated spec with one to three
    /// slips of the kind people make (a lost or doubled line, an indentation off by a space,
    /// a stray character, a file cut short): they walk the fast parser across its subset's
    /// edges, where it must either stay exact or give up.
    @Test func mutatedSpecsKeepTheContract() throws {
        let bases = try Self.repositoryFiles().map(\.bytes) + Self.generatedSpecs().map { Array($0.text.utf8) }
        var random = SplitMix64(seed: 0x5EED_FA57_7A31)
        let cases = 4_000
        // No input libyaml refuses can end fast, so `ended` is read against `parsedByLibYAML`.
        var ended = 0, parsedByLibYAML = 0, violations = 0
        for _ in 0..<cases {
            var input = Self.piece(of: bases.randomElement(using: &random)!, using: &random)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                Self.mutate(&input, using: &random)
            }
            let comparison = Comparison(input)
            if comparison.fast.outcome == .ended { ended += 1 }
            if comparison.libyaml.failure == nil { parsedByLibYAML += 1 }
            guard let violation = comparison.violation else { continue }
            violations += 1
            // The first few are enough to debug; the count says how widespread the fault is.
            if violations <= 10 { Issue.record("\(violation)") }
        }
        #expect(violations == 0, "\(violations) of \(cases) mutated inputs broke the contract")
        #expect(
            ended * 5 >= cases,
            "only \(ended) of \(cases) mutated inputs were parsed fast to their end (libyaml parsed \(parsedByLibYAML))")
    }

    // MARK: - The fast path is taken

    /// Repository files written with what the subset leaves out: the fast parse gives up on
    /// them (at that point libyaml takes over), and on no other file.
    static let beyondTheSubset: [String: String] = [
        "specs/ecommerce.yaml": "anchors, aliases and merge keys",
        "specs/rest-cognito.yaml": "a single-quoted scalar with a doubled quote (an escape)",
        "Tests/APISpecEmitTests/Golden/openapi/rest-api/spec.yaml": "a single-quoted scalar with a doubled quote (an escape)",
    ]

    @Test func plainSpecsAreParsedFastToTheirEnd() throws {
        for file in try Self.repositoryFiles() {
            let comparison = Comparison(file.bytes)
            if let reason = Self.beyondTheSubset[file.name] {
                #expect(comparison.fast.outcome == .gaveUp, "\(file.name) has \(reason), yet the fast parse did not give up")
            } else {
                #expect(comparison.fast.outcome == .ended, "\(file.name): \(comparison.whereTheFastParseStopped)")
            }
        }
        for spec in try Self.generatedSpecs() {
            let comparison = Comparison(Array(spec.text.utf8))
            #expect(comparison.fast.outcome == .ended, "\(spec.name): \(comparison.whereTheFastParseStopped)")
        }
    }

    /// A line's events wait for the next line to be read; a line holding more than 65,536
    /// of them (`MAX_HELD`) is left to libyaml, which hands them out as it goes, so that the
    /// loader's limits, not the line, bound the memory.
    @Test func aLineOfTooManyEventsIsLeftToLibYAML() {
        let line = "a: [" + Array(repeating: "x", count: 70_000).joined(separator: ", ") + "]\n"
        let comparison = Comparison(Array(line.utf8))
        #expect(comparison.fast.outcome == .gaveUp)
        #expect(comparison.violation == nil)
        #expect(Comparison(Array("a: [x, x]\n".utf8)).fast.outcome == .ended)
    }

    // MARK: - Inputs

    /// Every `.yaml` file in `specs/` and under `Tests/`, named by its path in the package.
    static func repositoryFiles() throws -> [(name: String, bytes: [UInt8])] {
        let root = PackagePaths.root.standardizedFileURL
        var urls = try PackagePaths.specFiles()
        let tests = FileManager.default.enumerator(at: root.appendingPathComponent("Tests"), includingPropertiesForKeys: nil)
        while let url = tests?.nextObject() as? URL {
            if url.pathExtension == "yaml" { urls.append(url) }
        }
        return try urls.map { url in
            let path = url.standardizedFileURL.path
            let name = path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
            return (name, Array(try Data(contentsOf: url)))
        }
        .sorted { $0.name < $1.name }
    }

    /// Specs as tests and benchmarks generate them: flow mappings on every line, many routes.
    /// The benchmark's are `Benchmarks/generate.py`'s own, run with the test tools' Python.
    static func generatedSpecs() throws -> [(name: String, text: String)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fast-yaml-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = PackagePaths.root.appendingPathComponent("Benchmarks/generate.py").path
        let generated = try OutsideTool.run("python", [script, "30", folder.path])
        #expect(generated.exitCode == 0, "\(generated.output)")
        return try [("ParsedAheadTests.spec(routes: 30)", ParsedAheadTests.spec(routes: 30))]
            + ["api", "rest", "websocket"].map { name in
                let file = folder.appendingPathComponent("\(name)-30.yaml")
                return ("Benchmarks/generate.py, \(name)-30.yaml", try String(contentsOf: file, encoding: .utf8))
            }
    }

    /// A small input with a name, for the hand-written cases.
    struct TrickyCase: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]

        init(_ name: String, _ text: String) { self.init(name, bytes: Array(text.utf8)) }
        init(_ name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }

        var testDescription: String { name }
    }

    /// Inputs at the subset's edges: what it leaves out (the fast parse must give up in time),
    /// what looks like it leaves something out but does not (the fast parse must get it
    /// exactly right, marks included), and what libyaml refuses.
    static let trickyCases: [TrickyCase] = {
        let longKey = String(repeating: "k", count: 1_100)
        func key(_ length: Int) -> String { String(repeating: "k", count: length) }
        func blocks(_ depth: Int) -> String {
            (0..<depth).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " leaf\n"
        }
        // libyaml's reader decodes 16 KiB of input at a time and fails on a byte it refuses
        // anywhere in them, before the parser has reached it: so a spec longer than that,
        // spoiled at these offsets (the reader's reads, the fast parse's look-ahead) and at its end.
        let long = Array(ParsedAheadTests.spec(routes: 1_200).utf8)
        func spoiled(_ bytes: [UInt8], at offset: Int) -> [UInt8] {
            var spoiled = long
            spoiled.insert(contentsOf: bytes, at: min(offset, long.count))
            return spoiled
        }
        let spoilings = [16_383, 16_384, 20_000, 49_152, 65_535, 65_536, 70_000, Int.max].flatMap { offset in
            let place = offset < long.count ? "at byte \(offset)" : "at the end"
            return [
                TrickyCase("a control character \(place) of a long spec", bytes: spoiled([0x01], at: offset)),
                TrickyCase("invalid UTF-8 \(place) of a long spec", bytes: spoiled([0xC3, 0x28], at: offset)),
            ]
        }
        return [
            // Nothing, or nothing but trivia.
            TrickyCase("empty input", ""),
            TrickyCase("only a comment", "# nothing here\n"),
            TrickyCase("only comments, the last without a newline", "# one\n  # two"),
            TrickyCase("only blank lines with spaces", "  \n\n   \n"),
            // Characters outside printable ASCII.
            TrickyCase("a tab before a value", "a:\tb\n"),
            TrickyCase("a tab inside a value", "a: b\tc\n"),
            TrickyCase("a tab after a value", "a: b\t\nc: d\n"),
            TrickyCase("a tab indenting a key", "a:\n\tb: c\n"),
            TrickyCase("a tab in a comment", "a: b # x\ty\n"),
            TrickyCase("a blank line holding a tab", "a: 1\n \t\nb: 2\n"),
            TrickyCase("CRLF line ends", "a: b\r\nc:\r\n  d: e\r\n"),
            TrickyCase("a lone CR", "a: b\rc: d\n"),
            TrickyCase("a byte-order mark", "\u{FEFF}a: b\n"),
            TrickyCase("a byte-order mark before a comment", "\u{FEFF}# c\na: b\n"),
            TrickyCase("non-ASCII in a value", "a: café\nb: c\n"),
            TrickyCase("non-ASCII in a key", "é: 1\nb: 2\n"),
            TrickyCase("non-ASCII in a quoted scalar", "a: \"日本\"\nb: c\n"),
            TrickyCase("non-ASCII in a comment", "a: b # ☃\nc: d\n"),
            TrickyCase("invalid UTF-8", bytes: Array("a: ".utf8) + [0xFF, 0x0A]),
            TrickyCase("a NUL byte", "a: b\u{0}\n"),
            TrickyCase("a DEL byte", "a: b\u{7F}\n"),
            TrickyCase("a control character", "a: \u{1}\n"),
            // Anchors, aliases, tags.
            TrickyCase("an anchor and an alias", "a: &x 1\nb: *x\n"),
            TrickyCase("a merged anchored mapping", "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n"),
            TrickyCase("an anchored block mapping", "a: &m\n  b: c\n"),
            TrickyCase("an alias in a flow list", "a: &x 1\nb: [*x, y]\n"),
            TrickyCase("tags", "a: !!str 1\nb: !local x\n"),
            TrickyCase("a tagged block mapping", "a: !t\n  b: c\n"),
            TrickyCase("a non-specific tag", "a: ! x\n"),
            TrickyCase("an ampersand and a star inside plain scalars", "a: b&c\nd: e*f\n"),
            TrickyCase("an exclamation mark inside a plain scalar", "a: hi!\n"),
            // Block scalars.
            TrickyCase("a literal block scalar", "a: |\n  one\n  two\nb: c\n"),
            TrickyCase("a folded block scalar with a chomping indicator", "a: >-\n  one\n  two\n\nb: c\n"),
            TrickyCase("a block scalar indicator at the end", "a: |"),
            TrickyCase("a pipe inside a plain scalar", "a: b|c\nd: e>f\n"),
            // Scalars over several lines.
            TrickyCase("a multi-line plain scalar", "a: one\n  two\nb: c\n"),
            TrickyCase("a multi-line plain scalar with a blank line", "a: one\n\n  two\nb: c\n"),
            TrickyCase("a multi-line plain scalar ending the file", "a: one\n  two"),
            TrickyCase("a multi-line plain list entry", "- one\n  two\n- three\n"),
            TrickyCase("a multi-line plain key", "a\n  b: c\n"),
            TrickyCase("a plain scalar followed by a line at its key's indentation", "a: one\nb\n"),
            TrickyCase("a multi-line double-quoted scalar", "a: \"one\n  two\"\nb: c\n"),
            TrickyCase("a multi-line single-quoted scalar", "a: 'one\n  two'\nb: c\n"),
            TrickyCase("a multi-line quoted scalar in a flow list", "a: [\"one\n  two\", b]\n"),
            // Quoted scalars.
            TrickyCase("a double-quoted scalar with an escaped newline", "a: \"a\\nb\"\n"),
            TrickyCase("a double-quoted scalar with escaped quotes", "a: \"say \\\"hi\\\"\"\n"),
            TrickyCase("a double-quoted scalar with a unicode escape", "a: \"\\u00e9\"\n"),
            TrickyCase("a double-quoted scalar ending with an escaped backslash", "a: \"x\\\\\"\nb: c\n"),
            TrickyCase("a single-quoted scalar with a doubled quote", "a: 'it''s'\n"),
            TrickyCase("a single-quoted scalar ending with a doubled quote", "a: 'x'''\nb: c\n"),
            TrickyCase("a backslash in a single-quoted scalar", "a: 'x\\ny'\n"),
            TrickyCase("empty quoted scalars", "a: \"\"\nb: ''\n"),
            TrickyCase("a hash and a colon inside quoted scalars", "a: \"x # y\"\nb: 'c: d'\n"),
            TrickyCase("an unterminated double-quoted scalar", "a: \"x\n"),
            TrickyCase("an unterminated single-quoted scalar at the end", "a: 'x"),
            TrickyCase("text after a quoted scalar", "a: \"x\" y\n"),
            TrickyCase("an invalid escape", "a: \"\\q\"\n"),
            // Empty values.
            TrickyCase("an empty value before a key", "a:\nb: 1\n"),
            TrickyCase("an empty value before a dedent", "a:\n  b:\nc: 1\n"),
            TrickyCase("an empty value at the end of the file", "a: 1\nb:"),
            TrickyCase("an empty value before the final newline", "a:\n"),
            TrickyCase("an empty value before a comment", "a:\n# c\nb: 1\n"),
            TrickyCase("an empty value in a flow mapping", "a: {b: , c: d}\n"),
            TrickyCase("an empty key in a flow mapping", "a: {: b}\n"),
            // Lists.
            TrickyCase("an indentless list", "a:\n- x\n- y\nb: 1\n"),
            TrickyCase("an indentless list at the end", "a:\n- x\n- y\n"),
            TrickyCase("an indentless list of mappings", "a:\n- b: 1\n  c: 2\n- d: 3\ne: 4\n"),
            TrickyCase("list entries starting mappings", "- a: 1\n  b: [x, y]\n- c: {d: e}\n"),
            TrickyCase("a list entry starting a mapping, wide", "-   a: 1\n    b: 2\n"),
            TrickyCase("a list in a list entry", "- - x\n  - y\n- z\n"),
            TrickyCase("a lone dash", "-\n"),
            TrickyCase("a lone dash before an entry", "-\n- x\n"),
            TrickyCase("a dash and a space at the end", "a:\n- "),
            TrickyCase("a dash at the end", "a:\n-"),
            TrickyCase("a list entry after a mapping's entries", "a: 1\n- b\n"),
            TrickyCase("a mapping entry after a list's entries", "- a\nb: 1\n"),
            TrickyCase("a key at a nested list's indentation", "a:\n  - x\n  b: 1\n"),
            TrickyCase("a dash followed by a comment", "- # c\n  a: 1\n"),
            TrickyCase("a dash inside a value", "a: - x\n"),
            // Flow collections.
            TrickyCase("a flow list over two lines", "a: [x,\n  y]\nb: c\n"),
            TrickyCase("a flow mapping over two lines", "a: {x: 1,\n  y: 2}\n"),
            TrickyCase("a flow list with a comment inside", "a: [x, # c\n  y]\n"),
            TrickyCase("nested flow collections", "a: {a: [b, {c: d}]}\n"),
            TrickyCase("empty flow collections", "a: []\nb: {}\nc: [[], {}]\n"),
            TrickyCase("a trailing comma in a flow list", "a: [a, ]\n"),
            TrickyCase("a trailing comma in a flow mapping", "a: {a: 1, }\n"),
            TrickyCase("a flow mapping key without a value", "a: {a}\n"),
            TrickyCase("a flow mapping key without a value among pairs", "a: {a, b: c}\n"),
            TrickyCase("a pair in a flow list", "a: [a: b]\n"),
            TrickyCase("a pair in a flow list, quoted", "a: [\"a\": b]\n"),
            TrickyCase("a value that is a pair in a flow mapping", "a: {a: b: c}\n"),
            TrickyCase("a colon without a space in a flow mapping", "a: {key:value}\n"),
            TrickyCase("a colon at the end of a flow plain scalar", "a: [a:, b]\n"),
            TrickyCase("question marks in a flow list", "a: [a?b, ?c]\n"),
            TrickyCase("an explicit key in a flow mapping", "a: {? b : c}\n"),
            TrickyCase("no space after commas in a flow mapping", "a: {a: b,c: d}\n"),
            TrickyCase("no space after commas in a flow list", "a: [a,b]\n"),
            TrickyCase("spaces inside flow brackets", "a: { a: b }\nc: [ d ]\n"),
            TrickyCase("a space before a colon in a flow mapping", "a: {b : c}\n"),
            TrickyCase("a quoted key in a flow mapping, no space after the colon", "a: {\"q\":b}\n"),
            TrickyCase("a colon inside a quoted flow key", "{\"a:b\": c}\n"),
            TrickyCase("a flow mapping at the root", "{a: b}\n"),
            TrickyCase("a flow list at the root", "[a, b]\n"),
            TrickyCase("a flow list as a block key", "[a, b]: c\n"),
            TrickyCase("a flow list as a flow key", "a: {[x]: y}\n"),
            TrickyCase("a flow list followed by text", "a: [b] c\n"),
            TrickyCase("an unterminated flow list", "a: [x\nb: c\n"),
            TrickyCase("an unterminated flow mapping at the end", "a: {x: y"),
            TrickyCase("a stray closing bracket", "a: ]\n"),
            TrickyCase("a closing bracket inside a plain scalar", "a: x]\nb: y}\n"),
            TrickyCase("a comma inside a block plain scalar", "a: x, y\n"),
            // Colons, keys and values.
            TrickyCase("a value that is a pair in a block mapping", "key: value: x\n"),
            TrickyCase("a colon without a space", "key:value\n"),
            TrickyCase("a space before the colon", "a : b\n"),
            TrickyCase("a quoted key and a space before the colon", "\"q\" : b\n"),
            TrickyCase("a quoted key and no space after the colon", "\"q\":b\n"),
            TrickyCase("a single-quoted key and no space after the colon", "'q':b\n"),
            TrickyCase("a plain scalar with a colon inside", "a: b:c\n"),
            TrickyCase("a plain scalar ending with a colon", "a: b:\n"),
            TrickyCase("a plain value with a space before a colon", "a: b :c\n"),
            TrickyCase("an explicit key", "? a\n: b\n"),
            TrickyCase("a key starting with a slash", "/a: 1\n"),
            TrickyCase("a key starting with a dollar", "$default: 1\n"),
            TrickyCase("a key starting with a dash", "-x: 1\n"),
            TrickyCase("a key starting with a question mark", "?x: 1\n"),
            TrickyCase("a key starting with a colon", ":x: 1\n"),
            TrickyCase("a negative number", "a: -1\n"),
            TrickyCase("a value starting with a colon", "a: :x\n"),
            TrickyCase("a value starting with an at sign", "a: @x\n"),
            TrickyCase("a value starting with a backtick", "a: `x\n"),
            TrickyCase("a value starting with a percent sign", "a: %x\n"),
            TrickyCase("a value starting with a question mark", "a: ?x\n"),
            TrickyCase("null-like values", "a: ~\nb: null\n"),
            TrickyCase("quotes inside plain scalars", "a: it's\nb: say \"hi\"\nc: a'b'c\n"),
            TrickyCase("a repeated key", "a: 1\na: 2\n"),
            // URLs and hashes.
            TrickyCase("a URL in a flow mapping", "a: {u: https://x.example/a}\n"),
            TrickyCase("a URL in a flow list", "a: [https://x.example/a, b]\n"),
            TrickyCase("a URL in a block mapping", "u: https://x.example/a?b=c#d\n"),
            TrickyCase("a URL as a flow key", "a: {https://x.example: b}\n"),
            TrickyCase("a hash inside a plain scalar", "a: a#b\n"),
            TrickyCase("a comment after a plain scalar", "a: a #c\n"),
            TrickyCase("a comment right after a quoted scalar", "a: \"x\"#c\n"),
            TrickyCase("a comment right after a flow list", "a: [a]#c\n"),
            TrickyCase("a comment after a flow list", "a: [a] #c\n"),
            TrickyCase("a comment inside a flow list's plain scalar", "a: [a #c\n]\n"),
            TrickyCase("a hash right after a colon", "a:# x\n"),
            // Comments and indentation.
            TrickyCase("comment lines at various indents", "a:\n  # at the entries\n  b: 1\n# at the root\n    # deeper\n  c: 2\n"),
            TrickyCase("a comment line before a nested block", "a:\n# here\n  b: 1\n"),
            TrickyCase("a comment right after a key", "a: # nothing yet\n  b: 1\n"),
            TrickyCase("a comment after a key at the end", "a: # nothing"),
            TrickyCase("comments before a dedent", "a:\n  b:\n    c: 1\n    # x\n  # y\n# z\nd: 2\n"),
            TrickyCase("dedents closing several levels", "a:\n  b:\n    c:\n      d: 1\ne: 2\n"),
            TrickyCase("dedents closing several levels at the end", "a:\n  b:\n    c:\n      - d\n"),
            TrickyCase("dedents closing several levels at the end without a newline", "a:\n  b:\n    c:\n      - d"),
            TrickyCase("a line between two indentations", "a:\n    b: 1\n  c: 2\n"),
            TrickyCase("a line less indented than its siblings", "a:\n  b: 1\n c: 2\n"),
            TrickyCase("a line more indented than its siblings", "a:\n  b: 1\n   c: 2\n"),
            TrickyCase("a mapping at the root, indented", "  a: 1\n  b: 2\n"),
            TrickyCase("a root key after an indented root mapping", "  a: 1\nb: 2\n"),
            // Documents and directives.
            TrickyCase("a document start marker", "---\na: b\n"),
            TrickyCase("a document start marker with a value", "--- a\n"),
            TrickyCase("document start and end markers", "---\na: b\n...\n"),
            TrickyCase("a document end marker alone", "...\n"),
            TrickyCase("two documents", "a: b\n---\nc: d\n"),
            TrickyCase("a YAML directive", "%YAML 1.1\n---\na: b\n"),
            TrickyCase("a TAG directive", "%TAG !e! tag:e.com,2000:\n---\na: !e!x b\n"),
            TrickyCase("a directive without a document start", "%YAML 1.1\na: b\n"),
            TrickyCase("three dashes inside a plain scalar", "a: ---\nb: c---d\n"),
            // Roots that are not mappings.
            TrickyCase("a plain scalar at the root", "just text\n"),
            TrickyCase("a quoted scalar at the root", "\"text\"\n"),
            TrickyCase("a list at the root", "- a\n- b\n"),
            // Long keys: libyaml takes a key of at most 1024 characters.
            TrickyCase("a key of 1100 characters at the root", longKey + ": v\n"),
            TrickyCase("a key of 1100 characters in a nested mapping", "a:\n  \(longKey): v\n"),
            TrickyCase("a quoted key of 1100 characters", "a:\n  \"\(longKey)\": v\n"),
            TrickyCase("a key of 1100 characters in a flow mapping", "a: {\(longKey): v}\n"),
            TrickyCase("a quoted key of 1100 characters in a flow mapping", "a: {\"\(longKey)\": v}\n"),
            TrickyCase("a key of 1100 characters after a pair in a flow mapping", "a: {b: c, \(longKey): d}\n"),
            TrickyCase("1100 spaces before a key's colon", "a:\n  b\(String(repeating: " ", count: 1_100)): c\n"),
            TrickyCase("1100 spaces before a flow key's colon", "a: {b\(String(repeating: " ", count: 1_100)): c}\n"),
            TrickyCase("a key of 1023 characters", "a:\n  \(key(1_023)): v\n"),
            TrickyCase("a key of 1024 characters", "a:\n  \(key(1_024)): v\n"),
            TrickyCase("a key of 1025 characters", "a:\n  \(key(1_025)): v\n"),
            TrickyCase("a flow key of 1023 characters", "a: {\(key(1_023)): v}\n"),
            TrickyCase("a flow key of 1024 characters", "a: {\(key(1_024)): v}\n"),
            TrickyCase("a flow key of 1025 characters", "a: {\(key(1_025)): v}\n"),
            TrickyCase("a value of 3000 characters", "a: \(key(3_000))\nb: c\n"),
            // Depth.
            TrickyCase("deep block nesting", blocks(120)),
            TrickyCase("deep flow nesting", "a: " + String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000) + "\n"),
            TrickyCase("deep nesting of list entries", String(repeating: "- ", count: 60) + "x\n"),
            TrickyCase("deep flow nesting left open", "a: " + String(repeating: "{b: ", count: 300) + "c\n"),
        ] + [63, 64, 65].flatMap { depth in
            // Around the depth a parser's fixed-size stack might hold.
            [
                TrickyCase("block nesting \(depth) deep", blocks(depth)),
                TrickyCase("flow nesting \(depth) deep", "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"),
            ]
        } + [
            // The end of the file, and trailing spaces.
            TrickyCase("no newline at the end", "a: b"),
            TrickyCase("no newline after a flow collection", "a: [b]"),
            TrickyCase("no newline after a quoted scalar", "a: 'b'"),
            TrickyCase("spaces at the end", "a: b\n   "),
            TrickyCase("a comment at the end without a newline", "a: b\n# end"),
            TrickyCase("a comment after the last value without a newline", "a: b # end"),
            TrickyCase("blank lines with spaces between entries", "a: 1\n   \n\nb: 2\n"),
            TrickyCase("blank lines at the end", "a:\n  b: 1\n\n  \n"),
            TrickyCase("trailing spaces after values", "a: b   \nc: [d]  \ne: 'f' \n"),
            TrickyCase("trailing spaces after a key", "a:   \n  b: 1\n"),
            TrickyCase("a long spec", bytes: long),
        ] + spoilings
    }()

    // MARK: - Mutations

    /// 40 to 80 consecutive lines of `bytes`, from a line that is not indented (a piece that
    /// starts indented is mostly refused by libyaml, and so by the fast parse, before it
    /// gets anywhere). Small pieces keep thousands of cases fast.
    static func piece(of bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let starts = lines.indices.filter { lines[$0].first != UInt8(ascii: " ") }
        let start = starts.randomElement(using: &random) ?? 0
        let end = min(lines.count, start + Int.random(in: 40...80, using: &random))
        return Array(lines[start..<end].joined(separator: [UInt8(ascii: "\n")]))
    }

    /// The characters a stray keystroke adds: YAML's indicators, blanks and letters.
    static let strayCharacters = Array(" \t:#-[]{},'\"&*!|>?%@`\n".utf8) + Array("abcxyzAZ".utf8)

    /// One slip: a line lost, doubled or moved, an indentation off by one to three spaces, a
    /// stray character anywhere, or the file cut short at any byte.
    static func mutate(_ bytes: inout [UInt8], using random: inout SplitMix64) {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        var lines = bytes.split(separator: newline, omittingEmptySubsequences: false).map(Array.init)
        let line = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            lines.remove(at: line)
        case 1:
            lines.insert(lines[line], at: line)
        case 2:
            lines.swapAt(line, Int.random(in: 0..<lines.count, using: &random))
        case 3:
            lines[line].insert(contentsOf: repeatElement(space, count: Int.random(in: 1...3, using: &random)), at: 0)
        case 4:
            let indented = lines.indices.filter { lines[$0].first == space }
            guard let line = indented.randomElement(using: &random) else { return }
            let spaces = lines[line].prefix { $0 == space }.count
            lines[line].removeFirst(min(spaces, Int.random(in: 1...3, using: &random)))
        case 5:
            bytes.insert(strayCharacters.randomElement(using: &random)!, at: Int.random(in: 0...bytes.count, using: &random))
            return
        default:
            bytes.removeLast(Int.random(in: 0...bytes.count, using: &random))
            return
        }
        bytes = Array(lines.joined(separator: [newline]))
    }

    // MARK: - Running both parsers

    /// An event as the contract compares it. A fast event never has an anchor or a tag.
    struct Event: Equatable, CustomStringConvertible {
        struct Scalar: Equatable {
            var value: [UInt8]
            var style: yaml_scalar_style_t
        }

        var type: yaml_event_type_t
        var line: Int
        var column: Int
        /// A scalar's value and style; nil for other events.
        var scalar: Scalar?
        var hasAnchor = false
        var hasTag = false

        init(type: yaml_event_type_t, line: Int, column: Int, scalar: Scalar?) {
            self.type = type
            self.line = line
            self.column = column
            self.scalar = scalar
        }

        init(libyaml event: yaml_event_t) {
            var scalar: Scalar?
            if event.type == YAML_SCALAR_EVENT {
                let data = event.data.scalar
                scalar = Scalar(value: Array(UnsafeBufferPointer(start: data.value, count: data.length)), style: data.style)
            }
            self.init(type: event.type, line: Int(event.start_mark.line), column: Int(event.start_mark.column), scalar: scalar)
            switch event.type {
            case YAML_SCALAR_EVENT:
                (hasAnchor, hasTag) = (event.data.scalar.anchor != nil, event.data.scalar.tag != nil)
            case YAML_ALIAS_EVENT:
                hasAnchor = event.data.alias.anchor != nil
            case YAML_SEQUENCE_START_EVENT:
                (hasAnchor, hasTag) = (event.data.sequence_start.anchor != nil, event.data.sequence_start.tag != nil)
            case YAML_MAPPING_START_EVENT:
                (hasAnchor, hasTag) = (event.data.mapping_start.anchor != nil, event.data.mapping_start.tag != nil)
            default:
                break
            }
        }

        var description: String {
            var text = "\(Self.name(of: type)) at \(line):\(column) (0-based)"
            if let scalar {
                text += ", \(Self.name(of: scalar.style)) \(FastYAMLTests.literal(scalar.value))"
            }
            if hasAnchor { text += ", with an anchor" }
            if hasTag { text += ", with a tag" }
            return text
        }

        static func name(of type: yaml_event_type_t) -> String {
            switch type {
            case YAML_STREAM_START_EVENT: "stream start"
            case YAML_STREAM_END_EVENT: "stream end"
            case YAML_DOCUMENT_START_EVENT: "document start"
            case YAML_DOCUMENT_END_EVENT: "document end"
            case YAML_ALIAS_EVENT: "alias"
            case YAML_SCALAR_EVENT: "scalar"
            case YAML_SEQUENCE_START_EVENT: "sequence start"
            case YAML_SEQUENCE_END_EVENT: "sequence end"
            case YAML_MAPPING_START_EVENT: "mapping start"
            case YAML_MAPPING_END_EVENT: "mapping end"
            default: "event type \(type.rawValue)"
            }
        }

        static func name(of style: yaml_scalar_style_t) -> String {
            switch style {
            case YAML_PLAIN_SCALAR_STYLE: "plain"
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: "single-quoted"
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: "double-quoted"
            case YAML_LITERAL_SCALAR_STYLE: "literal"
            case YAML_FOLDED_SCALAR_STYLE: "folded"
            default: "style \(style.rawValue)"
            }
        }
    }

    /// libyaml's events for an input, as the loader's parser is set up, and why it failed if it did.
    struct LibYAMLRun {
        var events: [Event] = []
        var failure: String?

        init(_ input: UnsafeBufferPointer<UInt8>) {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else {
                failure = "yaml_parser_initialize failed"
                return
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, input.baseAddress!, input.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    let problem = parser.problem.map { String(cString: $0) } ?? "no problem given"
                    let context = parser.context.map { String(cString: $0) + ", " } ?? ""
                    failure = "\(context)\(problem) at \(parser.problem_mark.line):\(parser.problem_mark.column) (0-based)"
                    return
                }
                events.append(Event(libyaml: event))
                let type = event.type
                yaml_event_delete(&event)
                if type == YAML_STREAM_END_EVENT { return }
            }
        }
    }

    enum FastOutcome: Equatable {
        /// `yaml_fast_next` returned 0: it handed out the stream's end.
        case ended
        /// `yaml_fast_next` returned -1.
        case gaveUp
        /// Something the header rules out, whatever libyaml does with the input.
        case broke(String)
    }

    /// The fast parser's events for an input, and how it stopped.
    struct FastRun {
        var events: [Event] = []
        var outcome: FastOutcome

        /// Stops after one event more than `limit` (libyaml's count): that one already breaks
        /// the contract, and a parse that never stops must not hang the test.
        init(_ input: UnsafeBufferPointer<UInt8>, limit: Int) {
            guard let parse = yaml_fast_start(input.baseAddress, input.count) else {
                outcome = .broke("yaml_fast_start returned NULL")
                return
            }
            defer { yaml_fast_free(parse) }
            var event = yaml_fast_event_t()
            while true {
                let result = yaml_fast_next(parse, &event)
                guard result == 1 else {
                    // What ended the parse must last: nothing follows an end or a give-up.
                    let again = yaml_fast_next(parse, &event)
                    switch result {
                    case 0 where again != 1: outcome = .ended
                    case -1 where again != 1: outcome = .gaveUp
                    case 0, -1: outcome = .broke("yaml_fast_next returned 1 after it returned \(result)")
                    default: outcome = .broke("yaml_fast_next returned \(result)")
                    }
                    return
                }
                var scalar: Event.Scalar?
                if event.type == YAML_SCALAR_EVENT {
                    // Checked before it is read: a value outside the input would be read from memory the parse does not own.
                    let start = input.baseAddress!, end = start + input.count
                    guard event.length == 0 || (event.value.map { $0 >= start && event.length <= end - $0 } ?? false) else {
                        outcome = .broke("scalar event #\(events.count)'s value (\(event.length) bytes) lies outside the input")
                        return
                    }
                    scalar = Event.Scalar(value: Array(UnsafeBufferPointer(start: event.value, count: event.length)), style: event.style)
                }
                events.append(Event(type: event.type, line: Int(event.line), column: Int(event.column), scalar: scalar))
                if events.count > limit {
                    outcome = .broke("yaml_fast_next handed out more events than libyaml's \(limit)")
                    return
                }
            }
        }
    }

    /// Both parses of one input, and whether the fast one kept its contract.
    struct Comparison {
        let input: [UInt8]
        let libyaml: LibYAMLRun
        let fast: FastRun

        init(_ input: [UInt8]) {
            self.input = input
            (libyaml, fast) = FastYAMLTests.withGuardedCopy(of: input) { buffer in
                let libyaml = LibYAMLRun(buffer)
                return (libyaml, FastRun(buffer, limit: libyaml.events.count))
            }
        }

        /// Why the fast parse broke its contract: the first event that differs, with the input
        /// and the line the event starts on; nil when it kept the contract.
        var violation: String? {
            let libyamlEnd = libyaml.failure.map { "libyaml failed: \($0)" } ?? "libyaml ended"
            for (index, (fastEvent, libyamlEvent)) in zip(fast.events, libyaml.events).enumerated() where fastEvent != libyamlEvent {
                return report("event #\(index) differs:\n  fast:    \(fastEvent)\n  libyaml: \(libyamlEvent)", line: fastEvent.line)
            }
            if fast.events.count > libyaml.events.count, let extra = fast.events.last {
                return report("the fast parse handed out event #\(fast.events.count - 1), \(extra), past libyaml's last (\(libyamlEnd))", line: extra.line)
            }
            switch fast.outcome {
            case .broke(let why):
                return report(why, line: nil)
            case .ended where libyaml.failure != nil:
                return report("the fast parse ended after \(fast.events.count) events, but \(libyamlEnd) after \(libyaml.events.count)", line: nil)
            case .ended where fast.events.count < libyaml.events.count:
                let next = libyaml.events[fast.events.count]
                return report("the fast parse ended after \(fast.events.count) events; libyaml's next is \(next)", line: next.line)
            case .ended, .gaveUp:
                return nil
            }
        }

        /// For a test that expects the fast parse to reach the end: where it stopped instead.
        var whereTheFastParseStopped: String {
            guard fast.outcome == .gaveUp else { return violation ?? "the fast parse ended" }
            guard fast.events.count < libyaml.events.count else { return "the fast parse gave up after libyaml's last event" }
            let next = libyaml.events[fast.events.count]
            return "the fast parse gave up after \(fast.events.count) events, before libyaml's \(next), on line \(next.line): "
                + FastYAMLTests.literal(FastYAMLTests.line(next.line, of: input))
        }

        /// The problem, the input (only its lines up to `line`'s, or its last, when it is long) and `line` itself.
        private func report(_ problem: String, line: Int?) -> String {
            guard input.count > 4_096 else {
                var text = "\(problem)\ninput (\(input.count) bytes): \(FastYAMLTests.literal(input))"
                if let line { text += "\nline \(line) (0-based): \(FastYAMLTests.literal(FastYAMLTests.line(line, of: input)))" }
                return text
            }
            let lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let last = min(line ?? lines.count - 1, lines.count - 1)
            var text = "\(problem)\ninput (\(input.count) bytes, \(lines.count) lines), lines \(max(0, last - 4))...\(last) (0-based):"
            for number in max(0, last - 4)...last { text += "\n  \(number): \(FastYAMLTests.literal(lines[number]))" }
            return text
        }
    }

    /// Runs `body` on a copy of `bytes` that ends right where a page no one may read begins:
    /// a parse that reads past its input's end then crashes (in `yaml_fast_next`, as the
    /// crash's backtrace shows) instead of passing by chance, as a file's bytes can end at a
    /// page's end.
    static func withGuardedCopy<Result>(of bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let dataPages = (bytes.count + page - 1) / page
        let size = (dataPages + 1) * page
        guard let base = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              base != UnsafeMutableRawPointer(bitPattern: -1)
        else { fatalError("mmap of \(size) bytes failed") }
        defer { munmap(base, size) }
        let guardPage = base + dataPages * page
        precondition(mprotect(guardPage, page, PROT_NONE) == 0, "mprotect failed")
        let start = guardPage - bytes.count
        bytes.withUnsafeBytes { source in
            if let from = source.baseAddress { start.copyMemory(from: from, byteCount: source.count) }
        }
        return body(UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: bytes.count))
    }

    // MARK: - Showing inputs

    /// Bytes as a string literal one can paste back into a test; bytes outside printable
    /// ASCII are written `\x{..}` (not a Swift escape: the byte, not a code point).
    static func literal(_ bytes: some Collection<UInt8>) -> String {
        var text = "\""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n"): text += "\\n"
            case UInt8(ascii: "\r"): text += "\\r"
            case UInt8(ascii: "\t"): text += "\\t"
            case UInt8(ascii: "\""): text += "\\\""
            case UInt8(ascii: "\\"): text += "\\\\"
            case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
            default: text += "\\x{" + String(byte, radix: 16, uppercase: true) + "}"
            }
        }
        return text + "\""
    }

    /// The 0-based `number`th line of `bytes`, without its line break.
    static func line(_ number: Int, of bytes: [UInt8]) -> ArraySlice<UInt8> {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return number < lines.count ? lines[number] : []
    }
}

/// A seeded generator (SplitMix64), so that the mutations are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
