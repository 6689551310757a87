/// A file's size and a 64-bit hash of its bytes: enough to tell that a file read again is not
/// the one loaded. Not cryptographic; it guards against edits, not against an adversary.
public struct SourceFingerprint: Sendable, Equatable {
    public let count: Int
    let hash: UInt64

    public init(_ bytes: borrowing [UInt8]) {
        count = bytes.count
        hash = bytes.withUnsafeBytes(Self.hash)
    }

    /// Eight bytes a step, each word mixed in by a multiply and a rotation: a fraction of an
    /// instruction a byte, where `Hasher` would cost several (the loader hashes every file spec).
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash = hash << 29 | hash >> 35
        }
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
        mix(tail)
        return hash
    }
}
