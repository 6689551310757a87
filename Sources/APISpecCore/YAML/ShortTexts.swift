/// The texts of the short scalars a load made last, found again by their bytes. A spec repeats
/// its keys and many values (every route's `function:`, its function's name, its scopes), and
/// a text of at most 15 bytes is held inline in its `String`: one found here is two words
/// copied, where making it checks its bytes as UTF-8 (about 200 instructions a scalar).
///
/// One slot per hash of the bytes, the last text of that hash kept: a direct-mapped cache, so
/// a lookup is one hash and one compare.
final class ShortTexts {
    /// The longest text kept: the most a `String` holds without storage of its own.
    static let maxCount = 15
    private static let slotCount = 512

    /// A slot's bytes and their count; count 0 is an empty slot (the empty text is never
    /// looked up). The bytes are read as words that overlap when there are fewer than fill
    /// them: every byte is in one, and no byte past the text is read.
    private struct Key: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        init() {}

        @inline(__always)
        init(_ start: UnsafePointer<UInt8>, count: Int) {
            self.count = count
            let raw = UnsafeRawPointer(start)
            if count >= 8 {
                low = raw.loadUnaligned(as: UInt64.self)
                high = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 {
                low = UInt64(raw.loadUnaligned(as: UInt32.self))
                    | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
            } else {
                low = UInt64(start[0]) | UInt64(start[count / 2]) << 8 | UInt64(start[count - 1]) << 16
            }
        }
    }

    private let keys: UnsafeMutablePointer<Key>
    private let texts: UnsafeMutablePointer<String>

    init() {
        keys = .allocate(capacity: Self.slotCount)
        keys.initialize(repeating: Key(), count: Self.slotCount)
        texts = .allocate(capacity: Self.slotCount)
        texts.initialize(repeating: "", count: Self.slotCount)
    }

    deinit {
        keys.deinitialize(count: Self.slotCount)
        keys.deallocate()
        texts.deinitialize(count: Self.slotCount)
        texts.deallocate()
    }

    /// The text of `count` bytes at `start` (UTF-8, repaired as `String(decoding:as:)` does).
    func text(_ start: UnsafePointer<UInt8>, count: Int) -> String {
        guard count > 0, count <= Self.maxCount else {
            return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
        }
        let key = Key(start, count: count)
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &+ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F
        let slot = Int(truncatingIfNeeded: mixed >> 32) & (Self.slotCount - 1)
        if keys[slot] == key { return texts[slot] }
        let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
        keys[slot] = key
        texts[slot] = text
        return text
    }
}
