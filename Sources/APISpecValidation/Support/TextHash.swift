import APISpecCore

/// A hash of a string for the rules' own tables, equal for equal strings: a word of its bytes
/// at a time, a multiply each, where `hashValue` runs SipHash over them (some 300
/// instructions for a path segment, a lookup's most).
///
/// Strings are equal by canonical equivalence, so bytes may differ where strings are equal.
/// A string whose bytes are all ASCII but `K`, `;` and `` ` `` (the three a character past
/// ASCII is equivalent to: the Kelvin sign, the Greek question mark, the Greek varia) equals
/// only a string of the same bytes, and is hashed by them; any other is hashed by `hashValue`.
enum TextHash {
    static func of(_ text: String) -> Int {
        text.withUTF8Bytes(ofPlainASCII) ?? text.hashValue
    }

    /// The hash of `bytes` when they are plain ASCII (not past ASCII, `K`, `;` or `` ` ``),
    /// else nil.
    static func ofPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = UInt64(truncatingIfNeeded: bytes.count) &* multiplier
        var offset = 0
        while offset < raw.count {
            var word: UInt64 = 0
            if raw.count - offset >= 8 {
                word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            } else {
                withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset...])) }
            }
            guard !mayEqualOtherBytes(word) else { return nil }
            hash = mix(hash ^ word)
            offset += 8
        }
        return Int(truncatingIfNeeded: mix(hash))
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

    /// Whether a byte of `word` is past ASCII, `K`, `;` or `` ` ``: each by the "has a zero
    /// byte" test of Hacker's Delight (`(x - 0x01…) & ~x & 0x80…`), exact as a yes or no.
    /// Zero bytes (after a string's end) are none of them.
    @inline(__always)
    private static func mayEqualOtherBytes(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func has(_ byte: UInt8) -> Bool {
            let other = word ^ (UInt64(byte) &* ones)
            return (other &- ones) & ~other & highs != 0
        }
        return word & highs != 0 || has(UInt8(ascii: "K")) || has(UInt8(ascii: ";")) || has(UInt8(ascii: "`"))
    }
}
