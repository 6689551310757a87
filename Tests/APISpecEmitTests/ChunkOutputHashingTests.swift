import APISpecCore
import Testing

@testable import APISpecEmit

/// A written REST template hashes its API's properties from the output's buffer as it is
/// handed on: the hash must be that of the bytes written between the start and the end,
/// wherever the buffer's chunks break them, and the text must go out unchanged.
struct ChunkOutputHashingTests {
    static let value: JSONValue = [
        "Name": "two  words",
        "Body": ["lines": "first\n  second", "empty": [:], "items": [1, "a b", ["deep": [true, .null, 2.5]]]],
    ]

    @Test(arguments: [1, 7, 8, 16, 100, 1 << 16])
    func theHashIsOfTheBytesBetweenStartAndEnd(chunkSize: Int) {
        var text: [UInt8] = []
        var hashed: UInt64 = 0
        var start = 0, end = 0
        let sent = JSONWriter.stream(chunkSize: chunkSize, to: { text += $0; return true }) { out in
            JSONWriter.write(["before": "x"], indent: 0, into: &out)
            start = text.count + out.position
            out.startHashing()
            JSONWriter.write(Self.value, indent: 3, into: &out)
            hashed = out.endHashing()
            end = text.count + out.position
            JSONWriter.write(["after": "y"], indent: 0, into: &out)
        }
        #expect(sent)
        var whole: [UInt8] = []
        _ = JSONWriter.stream(chunkSize: 1 << 16, to: { whole += $0; return true }) { out in
            for value: JSONValue in [["before": "x"], Self.value, ["after": "y"]] {
                JSONWriter.write(value, indent: value == Self.value ? 3 : 0, into: &out)
            }
        }
        #expect(text == whole)
        var expected = WordHash()
        text[start..<end].withUnsafeBytes { expected.add($0) }
        #expect(hashed == expected.value)
        #expect(String(decoding: text[start..<end], as: UTF8.self).hasPrefix("{\n        \"Name\""))
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
