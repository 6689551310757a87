import APISpecCore

/// A string as a key of a set or dictionary, equal as strings are, hashed from one word made
/// of its bytes (`WordHash`): a `String` key hashes all of its bytes with SipHash, some 1,000
/// instructions for an operationId or a path, where this costs a fifth of that.
///
/// Strings are equal by canonical equivalence, so bytes may differ where strings are equal
/// (`é` written as one scalar or two, `K` and the Kelvin sign). Such a string is hashed as
/// `String` hashes it: any with a byte past ASCII, and any with one of the three ASCII
/// characters that a character past ASCII is equivalent to (`;`, `` ` ``, `K`).
struct HashedText: Hashable {
    let text: String
    private let hash: UInt64

    init(_ text: String) {
        self.text = text
        hash = text.withUTF8Bytes { bytes in
            guard !Self.hasEquivalents(bytes) else { return UInt64(bitPattern: Int64(text.hashValue)) }
            var hash = WordHash()
            hash.add(UnsafeRawBufferPointer(bytes))
            return hash.value
        }
    }

    /// Whether strings of other bytes may equal one with `bytes` (`CanonicalBytes`). Read a
    /// word at a time (`WordScan`): byte by byte, the scan cost as much as the hash.
    private static func hasEquivalents(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        WordScan.any(bytes, CanonicalBytes.mayEqualOtherBytes)
    }

    static func == (a: HashedText, b: HashedText) -> Bool { a.hash == b.hash && a.text == b.text }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// What a set or dictionary places the text by: its hash, with the table's seed, as it is.
    /// Through `hash(into:)`, `Hasher` mixed the word again, some 150 instructions a lookup,
    /// where the word is mixed already.
    func _rawHashValue(seed: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ UInt64(UInt(bitPattern: seed)))
    }
}
