import Testing
@testable import APISpecCore

/// The word-at-a-time hash the tables of short texts share: any bytes hash, each byte counts,
/// and a word refused ends the hash.
@Suite struct BytesHashTests {
    private func hash(_ text: String) -> UInt64 {
        Array(text.utf8).withUnsafeBytes { BytesHash.hash($0) }
    }

    @Test func anyBytesHash() {
        // Logical ids have `K`s, which the canonical hash refuses.
        #expect(hash("KeyPermission") == hash("KeyPermission"))
        #expect(hash("KeyPermission") != hash("KeyPermissioN"))
        #expect(Array("caf\u{E9}".utf8).withUnsafeBufferPointer(CanonicalBytes.hash) == nil)
        #expect(hash("caf\u{E9}") != hash("cafe"))
    }

    @Test func everyByteCountsAtEveryLength() {
        for length in 1...40 {
            let text = Array(repeating: UInt8(ascii: "a"), count: length)
            let whole = text.withUnsafeBytes { BytesHash.hash($0) }
            for position in 0..<length {
                var changed = text
                changed[position] = UInt8(ascii: "b")
                #expect(changed.withUnsafeBytes { BytesHash.hash($0) } != whole, "length \(length), byte \(position)")
            }
        }
    }

    @Test func aRefusedWordEndsTheHash() {
        let bytes = Array("GET /items/{id}".utf8)
        var words = 0
        let refused = bytes.withUnsafeBytes { raw in
            BytesHash.hash(raw, acceptingWords: { _ in
                words += 1
                return words < 2
            })
        }
        #expect(refused == nil)
        #expect(words == 2, "no word is read after the refused one")
    }
}
