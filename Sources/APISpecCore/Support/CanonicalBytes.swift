/// Strings are equal by canonical equivalence, so bytes may differ where strings are equal
/// (`é` written as one scalar or two, `K` and the Kelvin sign). A string whose bytes are all
/// ASCII but `K`, `;` and `` ` `` (the three a character past ASCII is equivalent to: the
/// Kelvin sign, the Greek question mark, the Greek varia) equals only a string of the same
/// bytes: tables that hash or compare such strings by their bytes ask this first.
public enum CanonicalBytes {
    /// Whether a byte of `word` is past ASCII, `K`, `;` or `` ` ``: each by the "has a zero
    /// byte" test of Hacker's Delight (`(x - 0x01…) & ~x & 0x80…`), exact as a yes or no.
    /// Zero bytes and `A`s (the filler after a short text's end) are none of them.
    @inlinable @inline(__always)
    public static func mayEqualOtherBytes(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func has(_ byte: UInt8) -> Bool {
            let other = word ^ (UInt64(byte) &* ones)
            return (other &- ones) & ~other & highs != 0
        }
        return word & highs != 0 || has(UInt8(ascii: "K")) || has(UInt8(ascii: ";")) || has(UInt8(ascii: "`"))
    }

    /// A hash of `bytes` when every word of them is plain (`mayEqualOtherBytes` false), so
    /// equal strings of such bytes hash alike; nil for any other bytes, which a table hashes
    /// as `String` does.
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        BytesHash.hash(UnsafeRawBufferPointer(bytes), acceptingWords: { !mayEqualOtherBytes($0) })
    }
}
