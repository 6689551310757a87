import APISpecCore

/// A hash of a string for the rules' own tables, equal for equal strings: a word of its bytes
/// at a time (`CanonicalBytes.hash`), where `hashValue` runs SipHash over them (some 300
/// instructions for a path segment, a lookup's most).
///
/// A string that equals only strings of its own bytes (`CanonicalBytes`) is hashed by them;
/// any other is hashed by `hashValue`.
enum TextHash {
    static func of(_ text: String) -> Int {
        text.withUTF8Bytes(ofPlainASCII) ?? text.hashValue
    }

    /// The hash of `bytes` when they are plain ASCII (not past ASCII, `K`, `;` or `` ` ``),
    /// else nil.
    static func ofPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        CanonicalBytes.hash(bytes).map { Int(truncatingIfNeeded: $0) }
    }

    /// Mixes `word` into `hash`: what tables of rules key by more than one part combine.
    static func combine(_ hash: Int, _ word: Int) -> Int {
        Int(truncatingIfNeeded: mix(UInt64(truncatingIfNeeded: hash) ^ UInt64(truncatingIfNeeded: word)))
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A multiply, then the high half folded into the low one, which a table's buckets are
    /// picked by.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* multiplier
        return product ^ product >> 29
    }
}
