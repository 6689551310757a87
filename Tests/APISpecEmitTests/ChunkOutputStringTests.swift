import Testing

@testable import APISpecEmit

/// `ChunkOutput` stores a key or a string that needs no escape at once, read as overlapping
/// words by its length: each length, with an escape at each place, and near the end of a
/// chunk, must come out as the piece-by-piece writer writes it.
@Suite struct ChunkOutputStringTests {
    static let strings: [String] = (0...40).flatMap { length -> [String] in
        let plain = String((0..<length).map { Character(UnicodeScalar(UInt8(ascii: "a") + UInt8($0 % 26))) })
        let escaped = (0..<length).flatMap { place in
            ["\"", "\\", "\n", "\u{01}"].map { escape in
                var characters = Array(plain)
                characters[place] = Character(escape)
                return String(characters)
            }
        }
        return [plain, String(repeating: "é", count: length)] + escaped
    }

    @Test(arguments: [5, 16, 23, 1 << 16]) func keysAndStringsAreWrittenAsTheWriterWritesThem(chunkSize: Int) {
        for string in Self.strings {
            let value: JSONValue = [string: .string(string), "x": [.string(string)]]
            var bytes: [UInt8] = []
            #expect(JSONDocument(value).stream(chunkSize: chunkSize) { bytes += $0; return true })
            #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.write(value), "\(string.debugDescription)")
        }
    }

    /// A native (not small) string of each length, as well as the small ones literals make.
    @Test func nativeStringsAreWrittenAsTheWriterWritesThem() {
        for string in Self.strings {
            var native = String(repeating: "-", count: 32)
            native.removeAll(keepingCapacity: true)
            native += string
            let value: JSONValue = [native: .string(native)]
            var bytes: [UInt8] = []
            #expect(JSONDocument(value).stream(chunkSize: 1 << 16) { bytes += $0; return true })
            #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.write(value))
        }
    }

    /// A key given as bytes (a logical id made in a buffer) comes out as the same key given
    /// as a String, escapes and a chunk's end included.
    @Test(arguments: [5, 16, 23, 1 << 16]) func keysGivenAsBytesAreWrittenAsStringKeys(chunkSize: Int) {
        for string in Self.strings {
            let asBytes = JSONDocument(writtenBy: { out in
                var object = JSONWriter.ObjectWriter(indent: 0)
                Array(string.utf8).withUnsafeBufferPointer { key in object.add(key: key, into: &out) { $0.appendString(string) } }
                object.close(&out)
                out.append(UInt8(ascii: "\n"))
            })
            var bytes: [UInt8] = []
            #expect(asBytes.stream(chunkSize: chunkSize) { bytes += $0; return true })
            #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.write([string: .string(string)]), "\(string.debugDescription)")
        }
    }

    /// A string given as bytes (an operation id made in a buffer) comes out as the same string
    /// given as a String, escapes and a chunk's end included.
    @Test(arguments: [5, 16, 23, 1 << 16]) func stringsGivenAsBytesAreWrittenAsStrings(chunkSize: Int) {
        for string in Self.strings {
            let asBytes = JSONDocument(writtenBy: { out in
                var object = JSONWriter.ObjectWriter(indent: 0)
                object.add("k", into: &out) { out in Array(string.utf8).withUnsafeBufferPointer { out.appendString(bytes: $0) } }
                object.close(&out)
                out.append(UInt8(ascii: "\n"))
            })
            var bytes: [UInt8] = []
            #expect(asBytes.stream(chunkSize: chunkSize) { bytes += $0; return true })
            #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.write(["k": .string(string)]), "\(string.debugDescription)")
        }
    }
}
