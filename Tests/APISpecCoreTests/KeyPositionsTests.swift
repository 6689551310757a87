import Testing

@testable import APISpecCore

/// A key's hash is made from its bytes where no other bytes can equal it, and as a `String`'s
/// otherwise: keys that compare equal must still be found as repeats, and others never.
@Suite struct KeyPositionsTests {
    /// Inserts `keys` in order; the index of the earlier key each repeats, nil for a new one.
    static func repeats(_ keys: [String]) -> [Int?] {
        var positions = KeyPositions([YAMLNode.Pair]())
        return keys.indices.map { index in positions.insert(keys[index], at: index) { keys[$0] } }
    }

    @Test func keysEqualToAnASCIIKeyHashAlike() {
        // The Kelvin sign, the Greek question mark and the Greek varia stand for `K`, `;`, `` ` ``.
        for (ascii, other) in [("GET /K", "GET /\u{212A}"), ("a;b", "a\u{037E}b"), ("`x", "\u{1FEF}x")] {
            #expect(ascii == other)
            #expect(KeyPositions.hash(ascii) == KeyPositions.hash(other))
            #expect(Self.repeats([ascii, other]) == [nil, 0])
        }
    }

    @Test func equalBytesHashAlikeAtEveryLength() {
        for length in 0...40 {
            let key = String(repeating: "a", count: length)
            let copy = String(decoding: Array(key.utf8), as: UTF8.self)
            #expect(KeyPositions.hash(key) == KeyPositions.hash(copy))
            #expect(Self.repeats([key, "b", copy]) == [nil, nil, 0])
        }
    }

    @Test func keysThatDifferInAnyByteAreNotRepeats() {
        var keys: [String] = []
        for length in 1...24 {
            for place in 0..<length {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                bytes[place] = UInt8(ascii: "b")
                keys.append(String(decoding: bytes, as: UTF8.self))
            }
            keys.append(String(repeating: "a", count: length))
        }
        #expect(Self.repeats(keys).allSatisfy { $0 == nil })
        #expect(Set(keys.map(KeyPositions.hash)).count > keys.count * 9 / 10)
    }
}
