import Testing
@testable import APISpecEmit

/// A written REST template hashes its API's properties as they go out, deeper in the template
/// than the document `StableHash.hex` hashes: the hash must be the document's, and the text
/// passed on unchanged.
struct UnindentedHashTests {
    /// Nesting, empty containers, and strings with spaces, escaped newlines and a run of spaces
    /// after one: what only the indentation's spaces may be left out of.
    static let value: JSONValue = [
        "Name": "two  words",
        "Body": [
            "lines": "first\n  second\n\n",
            "empty": [:],
            "none": [],
            "items": [1, "a b", ["deep": [true, .null, 2.5]]],
        ],
        "Tail": " ",
    ]

    @Test(arguments: 0...6) func theHashIsTheDocumentsAtEveryDepth(indent: Int) {
        var text: [UInt8] = []
        var hex = ""
        _ = JSONWriter.stream(chunkSize: 7, to: { text += $0; return true }) { out in
            var hash = UnindentedHash(base: out, indent: indent)
            JSONWriter.write(Self.value, indent: indent, into: &hash)
            out = hash.base
            hex = hash.documentHex
        }
        #expect(hex == StableHash.hex(Self.value))
        var plain: [UInt8] = []
        _ = JSONWriter.stream(chunkSize: 7, to: { plain += $0; return true }) { JSONWriter.write(Self.value, indent: indent, into: &$0) }
        #expect(text == plain)
    }

    /// Only the indentation's spaces are left out: a line indented less ends the leaving out
    /// at its first other byte, and the spaces after that byte are hashed.
    @Test func spacesAfterALineShorterThanTheIndentAreHashed() {
        var hash = UnindentedHash(base: CountingOutput(), indent: 2)
        Array("{\n b  c".utf8).withUnsafeBytes { hash.append(bytes: $0) }
        #expect(hash.documentHex == StableHash.hex("{\nb  c\n"))
    }

    /// Text handed on already written (cut text of a resource) comes in pieces of any length:
    /// a newline, or the spaces after one, may be split between them.
    @Test(arguments: [1, 2, 3, 5, 8, 13, 1000]) func textInPiecesHashesAsWritten(pieceLength: Int) {
        let indent = 3
        let text = JSONDocument { JSONWriter.write(Self.value, indent: indent, into: &$0) }.bytes
        var hash = UnindentedHash(base: CountingOutput(), indent: indent)
        for start in stride(from: 0, to: text.count, by: pieceLength) {
            text[start..<min(start + pieceLength, text.count)].withUnsafeBytes { hash.append(bytes: $0) }
        }
        #expect(hash.documentHex == StableHash.hex(Self.value))
        #expect(hash.base.count == text.count)
    }
}
