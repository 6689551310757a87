/// The bytes of a small string, as `ChunkOutput` stores a key or a string value of at most
/// 15 UTF-8 bytes (most of a document's): read from the string's own two words, where
/// Swift keeps a string that short, with no call to reach its storage and no copy of it to
/// the stack. Its escape check and its store are a word at a time, with no loop.
///
/// A string's two words on a 64-bit platform: a small one has bit 61 of the second set, its
/// bytes in order from the lowest of the first, its count in bits 56-59 of the second, zeros
/// after its bytes (the standard library's `_StringObject`). `InlineTextTests` checks that
/// each length comes back as it was written.
struct InlineText {
    let count: Int
    /// Bytes 0-7, zeros after the text.
    private let low: UInt64
    /// Bytes 8-14, zeros after the text and in the top byte.
    private let high: UInt64

    @inline(__always)
    init?(_ string: String) {
        guard MemoryLayout<String>.size == 16 else { return nil }
        let words = unsafeBitCast(string, to: (UInt64, UInt64).self)
        guard words.1 & 1 << 61 != 0 else { return nil }
        count = Int(truncatingIfNeeded: words.1 >> 56) & 0xF
        low = UInt64(littleEndian: words.0)
        high = UInt64(littleEndian: words.1) & 0x00FF_FFFF_FFFF_FFFF
    }

    /// Whether a byte needs an escape in JSON: the zeros after the text looked at as `A`,
    /// which needs none. A text of eight bytes or fewer, as most keys are, in one word.
    @inline(__always)
    var needsEscape: Bool {
        let filler: UInt64 = 0x4141_4141_4141_4141
        let lowBits = JSONWriter.escapableBits(count >= 8 ? low : low | filler &<< (8 * count))
        guard count > 8 else { return lowBits != 0 }
        return lowBits | JSONWriter.escapableBits(high | filler &<< (8 * (count - 8))) != 0
    }

    /// The room `storeQuoted(at:)` stores into: a quote and two whole words.
    static let room = 17

    /// Stores `"`, the text, `"` at `start`; bytes after them, up to `room`, may change.
    @inline(__always)
    func storeQuoted(at start: UnsafeMutableRawPointer) {
        start.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        store(at: start + 1)
        (start + 1 + count).storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
    }

    /// Stores the text at `start`; bytes after it, up to 16 from `start`, may change.
    @inline(__always)
    func store(at start: UnsafeMutableRawPointer) {
        start.storeBytes(of: low.littleEndian, as: UInt64.self)
        (start + 8).storeBytes(of: high.littleEndian, as: UInt64.self)
    }
}
