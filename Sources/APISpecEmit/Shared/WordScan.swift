/// Whether some byte of a text passes a test made on eight bytes at once (`word`): the text
/// read a word at a time, its last few bytes as its last eight (some looked at already), or,
/// in a text shorter than eight, as a word filled with `A`, which no test looks for. Inlined
/// with its test: for the short texts most are, a call costs more than the scan.
enum WordScan {
    @inline(__always)
    static func any(_ bytes: UnsafeBufferPointer<UInt8>, _ word: (UInt64) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset + 8 <= bytes.count {
            if word(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
            offset += 8
        }
        guard offset < bytes.count else { return false }
        if bytes.count >= 8 { return word(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)) }
        var filled: UInt64 = 0x4141_4141_4141_4141
        for byte in bytes { filled = filled << 8 | UInt64(byte) }
        return word(filled)
    }
}
