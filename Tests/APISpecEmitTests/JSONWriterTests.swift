import Testing

@testable import APISpecEmit

@Suite struct JSONWriterTests {
    @Test(arguments: [
        ("plain /pets/{id} ünïcødé", #""plain /pets/{id} ünïcødé""#),
        ("quote \" and backslash \\", #""quote \" and backslash \\""#),
        ("lines\nand\ttabs\r", #""lines\nand\ttabs\r""#),
        ("bell \u{07} and \u{1F}", #""bell \u0007 and \u001f""#),
        // Past the first eight bytes, in a later word and in the tail after the last whole word.
        ("0123456789ab\"def", #""0123456789ab\"def""#),
        ("0123456789abcdef\\", #""0123456789abcdef\\""#),
        ("0123456789abcdefgh\n", #""0123456789abcdefgh\n""#),
        ("ünïcødé ünïcødé ünïcødé", #""ünïcødé ünïcødé ünïcødé""#),
    ])
    func stringsAreEscapedOnlyWhereJSONNeedsIt(_ text: String, _ expected: String) {
        #expect(JSONWriter.write(.string(text)) == expected + "\n")
    }

    @Test func nestingIndentsTwoSpacesPerLevelAtAnyDepth() {
        var value: JSONValue = .int(1)
        for _ in 0..<40 { value = .array([value]) }
        let lines = JSONWriter.write(value).split(separator: "\n")
        #expect(lines[40] == Substring(String(repeating: "  ", count: 40) + "1"))
        #expect(lines.last == "]")
    }

    /// The size rule measures without writing: the count must be the written length exactly.
    @Test func byteCountIsTheLengthOfTheWrittenText() {
        let value: JSONValue = [
            "plain": "text", "escapes": "a\"b\\c\n\u{01}", "unicode": "ünïcødé →", "empty": [:], "list": [],
            "numbers": [1, -20, 2.5, 3.0, .double(.nan)], "flags": [true, false, nil],
            "nested": ["deeper": [["deepest": "x"]]], "key \"quoted\"\n\u{01}": 1, "ключ": 2,
            "deep": [[[[[[[[[["ten levels in": true]]]]]]]]]],
        ]
        #expect(JSONWriter.byteCount(value) == JSONWriter.write(value).utf8.count)
    }

    /// `emit` streams documents to files in chunks: the chunks make up the written text,
    /// whatever their size, and a failed send stops the stream.
    @Test(arguments: [1, 7, 64, 1 << 16]) func streamedChunksMakeUpTheWrittenText(chunkSize: Int) {
        let value: JSONValue = [
            "escapes": "a\"b\\c\n\u{01}", "unicode": "ünïcødé →", "long": .string(String(repeating: "x", count: 200)),
            "nested": ["deeper": [["deepest": 1.5, "list": [true, nil, -3]]]], "empty": [:],
            "key \"quoted\"\n\u{01}": 1, .init(repeating: "k", count: 100): 2,
            "deep": [[[[[[[[[["ten levels in": true, "and": [:]]]]]]]]]]],
        ]
        var bytes: [UInt8] = []
        var largest = 0
        #expect(JSONDocument(value).stream(chunkSize: chunkSize) { chunk in
            bytes += chunk
            largest = max(largest, chunk.count)
            return true
        })
        #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.write(value))
        #expect(largest <= chunkSize)

        var sends = 0
        #expect(!JSONDocument(value).stream(chunkSize: 8) { _ in sends += 1; return false })
        #expect(sends == 1)
    }

    /// A document whose `paths` are made while it is streamed reads as the whole document
    /// written at once, with members and without, at the top and deeper down.
    @Test(arguments: [0, 1, 3]) func aFilledObjectStreamsAsTheWholeDocument(paths: Int) {
        let members: [(String, JSONValue)] = (0..<paths).map { ("/items\($0)", ["get": ["operationId": .string("get\($0)")]]) }
        let source = MadeMembers { $0 < members.count ? members[$0] : nil }
        let filled = JSONValue.object(JSONObject(members))
        func document(_ paths: JSONValue) -> JSONValue {
            ["openapi": "3.0.1", "paths": paths, "resources": ["api": ["paths": paths, "after": 1]], "components": ["schemas": [:]]]
        }
        var nested = document([:])
        nested["resources"] = ["api": ["paths": filled, "after": 1]]
        var top = document([:])
        top["paths"] = filled
        for (path, whole) in [(["paths"], top), (["resources", "api", "paths"], nested)] {
            var bytes: [UInt8] = []
            #expect(JSONDocument(document([:]), filling: path, with: source).stream(chunkSize: 16) { bytes += $0; return true })
            #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.write(whole))
        }
    }

    /// Once sending fails, no more of a filled object's members are made.
    @Test func aFailedSendStopsMakingMembers() {
        let made = Made()
        let source = MadeMembers { index in
            made.count += 1
            return index < 1_000 ? ("/items\(index)", "an item") : nil
        }
        #expect(!JSONDocument(["paths": [:]], filling: ["paths"], with: source).stream(chunkSize: 64) { _ in false })
        #expect(made.count > 0 && made.count < 10)
    }

    /// An object counted member by member at some depth is as long as that object written
    /// there: what the document gains when `{}` at that place is replaced by it.
    @Test(arguments: 0...3) func anObjectCountedMemberByMemberIsAsLongAsWritten(depth: Int) {
        func nested(_ value: JSONValue) -> JSONValue {
            (0..<depth).reduce(value) { inner, level in ["level\(level)": inner, "sibling": "ünï \"x\""] }
        }
        let members: [(String, JSONValue)] = [
            ("/pets", ["get": ["operationId": "list", "parameters": [["in": "path"]]]]),
            ("/pets/{id}", ["delete": [:], "put": ["tags": ["a", "b"], "n": 2.5]]),
            ("quote \" key", "text\n"),
        ]
        var counter = JSONWriter.ObjectCounter(indent: depth)
        #expect(counter.byteCount == 2)
        var object: JSONValue = [:]
        for (key, value) in members {
            counter.add(key, valueBytes: counter.valueBytes(value))
            object[key] = value
        }
        let gained = JSONWriter.byteCount(nested(object)) - JSONWriter.byteCount(nested([:]))
        #expect(counter.byteCount == gained + 2)
        #expect(counter.count == members.count)
    }

    @Test func aRepeatedLiteralKeyKeepsItsFirstPlaceAndItsLastValue() {
        let key = "a"
        let value: JSONValue = [key: 1, "b": 2, "a": 3]
        #expect(JSONWriter.write(value) == "{\n  \"a\": 3,\n  \"b\": 2\n}\n")
    }
}

/// Members made one at a time by `next` (nil when there are no more), while the output wants them.
private struct MadeMembers: ObjectFilling {
    let next: (Int) -> (String, JSONValue)?

    func fill<Output: JSONOutput>(_ object: inout JSONWriter.ObjectWriter, into out: inout Output) {
        var index = 0
        while out.wantsMore, let (key, value) = next(index) {
            object.add(key, value, into: &out)
            index += 1
        }
    }
}

private final class Made {
    var count = 0
}

/// `hasEscapable` reads eight bytes at a time, its last bytes as one word too: it must find
/// what looking at each byte finds, wherever in a text of any length the byte is.
struct HasEscapableTests {
    @Test func findsWhatEachByteSays() {
        let bytes: [UInt8] = [0x00, 0x1F, 0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "A"), 0x7F, 0x80, 0xFF]
        for length in 0...17 {
            for position in 0..<max(length, 1) {
                for byte in bytes {
                    var text = [UInt8](repeating: UInt8(ascii: "k"), count: length)
                    if length > 0 { text[position] = byte }
                    let expected = text.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
                    #expect(text.withUnsafeBufferPointer(JSONWriter.hasEscapable) == expected, "\(text)")
                }
            }
        }
    }
}
