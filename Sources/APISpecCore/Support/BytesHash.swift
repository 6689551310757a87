/// A hash of bytes read a word at a time, the last word ending at the last byte (overlapping
/// the one before it), and fewer than four bytes as their first, middle and last: every byte
/// is read once or twice, and none past the text. For tables that hash short texts by their
/// bytes (route keys, the rules' paths, logical ids), where `WordHash`'s steps of 32 bytes and
/// their final mixing cost as much again as the text's few words.
public enum BytesHash {
    /// The hash of `bytes`, or nil as soon as `accepts` refuses one of the words read.
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeRawBufferPointer, acceptingWords accepts: (UInt64) -> Bool) -> UInt64? {
        let count = bytes.count
        var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        @inline(__always) func mix(_ word: UInt64) -> Bool {
            guard accepts(word) else { return false }
            hash = (hash ^ word) &* 0xC2B2_AE3D_27D4_EB4F
            hash ^= hash >> 29
            return true
        }
        if let raw = bytes.baseAddress, count > 0 {
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
                let first = UInt64(raw.load(as: UInt8.self))
                let middle = UInt64(raw.load(fromByteOffset: count / 2, as: UInt8.self))
                let last = UInt64(raw.load(fromByteOffset: count - 1, as: UInt8.self))
                guard mix(first | middle << 8 | last << 16) else { return nil }
            }
        }
        // Every byte into both halves: tables take a slot from one and check bits of the other.
        hash ^= hash >> 32
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }

    /// The hash of any `bytes`.
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        hash(bytes, acceptingWords: { _ in true }) ?? 0
    }
}
