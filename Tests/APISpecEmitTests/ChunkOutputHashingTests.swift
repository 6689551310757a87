import APISpecCore
import Testing

@testable import APISpecEmit

/// A written template hashes a REST API's properties, and a WebSocket deployment's resources,
/// from the output's buffer as it is handed on: the hash must be that of the bytes written
/// between each start and end, wherever the buffer's chunks break them, and the text must go
/// out unchanged.
struct ChunkOutputHashingTests {
    static let value: JSONValue = [
        "Name": "two  words",
        "Body": ["lines": "first\n  second", "empty": [:], "items": [1, "a b", ["deep": [true, .null, 2.5]]]],
    ]

    /// Two regions hashed into one hash (a WebSocket deployment's resources), between text
    /// that is not hashed.
    @Test(arguments: [1, 7, 8, 16, 100, 1 << 16])
    func theHashIsOfTheBytesBetweenStartAndEnd(chunkSize: Int) {
        let pieces: [(value: JSONValue, indent: Int, hashed: Bool)] = [
            (["before": "x"], 0, false), (Self.value, 3, true), (["between": "y"], 0, false), (Self.value, 2, true),
            (["after": "z"], 0, false),
        ]
        var text: [UInt8] = []
        var hash = WordHash()
        var regions: [Range<Int>] = []
        let sent = JSONWriter.stream(chunkSize: chunkSize, to: { text += $0; return true }) { out in
            for piece in pieces {
                let start = text.count + out.position
                if piece.hashed { out.startHashing(continuing: hash) }
                JSONWriter.write(piece.value, indent: piece.indent, into: &out)
                if piece.hashed {
                    hash = out.endHashing()
                    regions.append(start..<(text.count + out.position))
                }
            }
        }
        #expect(sent)
        var whole: [UInt8] = []
        _ = JSONWriter.stream(chunkSize: 1 << 16, to: { whole += $0; return true }) { out in
            for piece in pieces { JSONWriter.write(piece.value, indent: piece.indent, into: &out) }
        }
        #expect(text == whole)
        var expected = WordHash()
        for region in regions { text[region].withUnsafeBytes { expected.add($0) } }
        #expect(regions.count == 2)
        #expect(hash.value == expected.value)
        #expect(hash.count == regions.map(\.count).reduce(0, +))
        #expect(String(decoding: text[regions[0]], as: UTF8.self).hasPrefix("{\n        \"Name\""))
    }

    /// What the template's value path hashes (`OpenAPIBody.fingerprint`) is the properties'
    /// text as a written template has it.
    @Test func theFingerprintIsOfThePropertiesAsTheTemplateWritesThem() throws {
        guard case .object(let properties) = Self.value else { return }
        let text = JSONDocument { JSONWriter.write(Self.value, indent: TemplateWriter.propertiesIndent, into: &$0) }.bytes
        var expected = WordHash()
        text.withUnsafeBytes { expected.add($0) }
        #expect(OpenAPIBody.fingerprint(of: properties) == StableHash.hex(expected.value))
    }
}
