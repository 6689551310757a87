import Testing
@testable import APISpecCore

/// Which words may equal other bytes, and the hash of texts that cannot: equal texts hash
/// alike however their bytes are held, and a text with a byte that has an equivalent is left
/// to `String`'s hash.
@Suite struct CanonicalBytesTests {
    @Test func aWordWithAnEquivalentByteIsToldApart() {
        func word(_ text: String) -> UInt64 {
            var word: UInt64 = 0
            withUnsafeMutableBytes(of: &word) { $0.copyBytes(from: Array(text.utf8)) }
            return word
        }
        #expect(!CanonicalBytes.mayEqualOtherBytes(word("get-pets")))
        #expect(!CanonicalBytes.mayEqualOtherBytes(word("abc")), "the zero bytes after a short text")
        for text in ["Kelvin", "a;b", "`x`", "caf\u{E9}"] {
            #expect(CanonicalBytes.mayEqualOtherBytes(word(text)), "\(text)")
        }
    }

    @Test func equalTextsHashAlikeAtEveryLength() {
        let alphabet = Array("abcdefghijABCDEFGHIJ0123456789/{}-_.".utf8)
        var seen = Set<UInt64>()
        for length in 0...40 {
            let bytes = (0..<length).map { alphabet[($0 * 7 + length) % alphabet.count] }
            let copy = Array(bytes)
            let hash = bytes.withUnsafeBufferPointer(CanonicalBytes.hash)
            #expect(hash != nil, "plain bytes are hashed")
            #expect(hash == copy.withUnsafeBufferPointer(CanonicalBytes.hash))
            // A text at another address, inside a longer buffer: no byte past it is read.
            let padded = [UInt8](repeating: 0x7A, count: 3) + bytes + [UInt8](repeating: 0x7A, count: 9)
            #expect(hash == padded.withUnsafeBufferPointer { CanonicalBytes.hash(UnsafeBufferPointer(rebasing: $0[3..<(3 + length)])) })
            seen.insert(hash ?? 0)
        }
        #expect(seen.count == 41, "texts of different lengths hash apart")
        // The empty text, whether or not its buffer has an address.
        #expect(CanonicalBytes.hash(UnsafeBufferPointer(start: nil, count: 0)) == [UInt8]().withUnsafeBufferPointer(CanonicalBytes.hash))
        #expect("".withUTF8Bytes(CanonicalBytes.hash) == CanonicalBytes.hash(UnsafeBufferPointer(start: nil, count: 0)))
    }

    @Test func aTextWithAnEquivalentByteHasNoByteHash() {
        for text in ["GET /Kelvin", "a;b", "x`", "/caf\u{E9}/items/long-enough-to-take-words"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer(CanonicalBytes.hash) == nil, "\(text)")
        }
    }
}
