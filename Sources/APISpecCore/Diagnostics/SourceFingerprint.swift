/// A file's size and a 64-bit hash of its bytes: enough to tell that a file read again is not
/// the one loaded. Not cryptographic; it guards against edits, not against an adversary.
public struct SourceFingerprint: Sendable, Equatable {
    public let count: Int
    let hash: UInt64

    public init(_ bytes: borrowing [UInt8]) {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.add($0) }
        self = hasher.fingerprint
    }

    fileprivate init(count: Int, hash: UInt64) {
        self.count = count
        self.hash = hash
    }

    /// The fingerprint of bytes handed over in chunks of any size: the same as of them whole.
    ///
    /// Eight bytes a step, each word mixed in by a multiply and a rotation: a fraction of an
    /// instruction a byte, where `Swift.Hasher` would cost several (the loader hashes every
    /// file spec). The last bytes short of a word are mixed in as one word at the end.
    struct Hasher {
        private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        private var count = 0
        /// Bytes short of a word at the end of a chunk, the next chunk's first bytes complete it.
        private var partial: UInt64 = 0
        private var partialCount = 0

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            count += bytes.count
            var offset = 0
            while partialCount > 0, partialCount < 8, offset < bytes.count {
                partial |= UInt64(bytes[offset]) << (8 * partialCount)
                partialCount += 1
                offset += 1
            }
            if partialCount == 8 {
                mix(partial)
                (partial, partialCount) = (0, 0)
            }
            while offset + 8 <= bytes.count {
                mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            while offset < bytes.count {
                partial |= UInt64(bytes[offset]) << (8 * partialCount)
                partialCount += 1
                offset += 1
            }
        }

        var fingerprint: SourceFingerprint {
            var final = self
            var tail: UInt64 = 0
            for index in 0..<partialCount { tail = tail << 8 | (partial >> (8 * index) & 0xFF) }
            final.mix(tail)
            return SourceFingerprint(count: count, hash: final.hash)
        }

        private mutating func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash = hash << 29 | hash >> 35
        }
    }
}
