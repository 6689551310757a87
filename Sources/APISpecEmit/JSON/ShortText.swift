/// A key or a string value of at most 16 UTF-8 bytes held in two words, as `ChunkOutput`
/// stores one: read from the string's storage in a few loads, then looked at and stored a
/// word at a time, with no loop and no call to copy memory. Made inside the string's
/// `withContiguousStorageIfAvailable`, which reaches its storage by two paths (a small
/// string's and a native one's), so it is short enough to be inlined at both.
struct ShortText {
    let count: Int
    /// The first eight bytes; when there are fewer, the bytes in order from the lowest,
    /// zeros after them.
    private let first: UInt64
    /// The last eight bytes, when there are eight or more.
    private let last: UInt64

    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        guard count <= 16 else { return nil }
        guard count >= 8 else {
            last = 0
            if count >= 4 {
                // Two words that overlap: the bytes they share are the same in both.
                let base = UnsafeRawPointer(bytes.baseAddress!)
                let low = UInt64(UInt32(littleEndian: base.loadUnaligned(as: UInt32.self)))
                let high = UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
                first = low | high &<< (8 * (count - 4))
            } else if count > 0 {
                first = UInt64(bytes[0]) | UInt64(bytes[count / 2]) &<< (8 * (count / 2))
                    | UInt64(bytes[count - 1]) &<< (8 * (count - 1))
            } else {
                first = 0
            }
            return
        }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        first = base.loadUnaligned(as: UInt64.self)
        last = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    /// Whether a byte needs an escape in JSON.
    @inline(__always)
    var needsEscape: Bool {
        guard count >= 8 else {
            // The bytes after the text as `A`, which needs no escape.
            return JSONWriter.hasEscapable(first | 0x4141_4141_4141_4141 &<< (8 * count))
        }
        return JSONWriter.hasEscapable(first) || JSONWriter.hasEscapable(last)
    }

    /// The room `storeQuoted(at:)` stores into: the text and its quotes, or a whole word
    /// after the opening quote, whichever is more.
    static let room = 18

    /// Stores `"`, the text, `"` at `start`; bytes after them, up to `room`, may change.
    @inline(__always)
    func storeQuoted(at start: UnsafeMutableRawPointer) {
        start.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        if count >= 8 {
            (start + 1).storeBytes(of: first, as: UInt64.self)
            (start + 1 + count - 8).storeBytes(of: last, as: UInt64.self)
        } else {
            (start + 1).storeBytes(of: first.littleEndian, as: UInt64.self)
        }
        (start + 1 + count).storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
    }
}
