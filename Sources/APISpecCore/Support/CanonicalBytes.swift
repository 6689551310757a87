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
    /// as `String` does. Read a word at a time, the last word ending at the last byte
    /// (overlapping the one before it), and fewer than four bytes as their first, middle and
    /// last: every byte is read once or twice, and none past the text.
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let count = bytes.count
        var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        @inline(__always) func mix(_ word: UInt64) -> Bool {
            guard !mayEqualOtherBytes(word) else { return false }
            hash = (hash ^ word) &* 0xC2B2_AE3D_27D4_EB4F
            hash ^= hash >> 29
            return true
        }
        if let base = bytes.baseAddress, count > 0 {
            let raw = UnsafeRawPointer(base)
            if count >= 8 {
                var offset = 0
                while offset + 8 < count {
                    guard mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) else { return nil }
                    offset += 8
                }
                guard mix(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) else { return nil }
            } else if count >= 4 {
                let word = UInt64(raw.loadUnaligned(as: UInt32.self))
                    | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
                guard mix(word) else { return nil }
            } else {
                guard mix(UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1]) << 16) else { return nil }
            }
        }
        hash ^= hash >> 32
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
