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

    /// A long text's hash goes to a lender with the chunks written in the room it lends, and
    /// comes back as the hash of the same bytes; the text is the same as written unlent, and
    /// a short text's hash stays with the output.
    @Test func aLongTextIsHashedByTheLenderOfItsChunks() {
        let long = JSONValue.array((0..<400).map { .string("item \($0)") })
        let pieces: [(value: JSONValue, handingOn: Bool?)] = [
            (["before": "x"], nil), (long, true), (["between": "y"], nil), (Self.value, false), (["after": "z"], nil),
        ]
        let lender = RecordingLender(room: 1 << 10)
        defer { lender.room.deallocate() }
        var hashes: [WordHash] = []
        var regions: [Range<Int>] = []
        let sent = JSONWriter.stream(chunkSize: 64, to: lender.send, lender: lender) { out in
            for piece in pieces {
                let start = lender.text.count + out.position
                if let handingOn = piece.handingOn { out.startHashing(handingOn: handingOn) }
                JSONWriter.write(piece.value, indent: 2, into: &out)
                if piece.handingOn != nil {
                    hashes.append(out.endHashing())
                    regions.append(start..<(lender.text.count + out.position))
                }
            }
        }
        #expect(sent)
        var whole: [UInt8] = []
        _ = JSONWriter.stream(chunkSize: 1 << 16, to: { whole += $0; return true }) { out in
            for piece in pieces { JSONWriter.write(piece.value, indent: 2, into: &out) }
        }
        #expect(lender.text == whole)
        #expect(lender.inPlace > 1)
        #expect(lender.handedOn == 1)
        #expect(regions.count == 2)
        for (hash, region) in zip(hashes, regions) {
            var expected = WordHash()
            lender.text[region].withUnsafeBytes { expected.add($0) }
            #expect(hash.value == expected.value)
            #expect(hash.count == region.count)
        }
    }

    /// Lends one buffer again and again, keeps what it is sent, and hashes it while it holds a hash.
    final class RecordingLender: ChunkLender {
        let room: UnsafeMutableRawBufferPointer
        private(set) var text: [UInt8] = []
        /// Chunks sent from the lent room, and hashes handed over.
        private(set) var inPlace = 0
        private(set) var handedOn = 0
        private var hash: WordHash?

        init(room: Int) { self.room = .allocate(byteCount: room, alignment: 1) }

        func lend() -> UnsafeMutableRawBufferPointer? { room }

        func send(_ chunk: UnsafeRawBufferPointer) -> Bool {
            if chunk.baseAddress == UnsafeRawPointer(room.baseAddress) { inPlace += 1 }
            text += chunk
            hash?.add(chunk)
            return true
        }

        func startHashing(continuing hash: WordHash) {
            self.hash = hash
            handedOn += 1
        }

        func endHashing() -> WordHash {
            defer { hash = nil }
            return hash ?? WordHash()
        }
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
