/// A file's size and a 64-bit hash of each mebibyte of its bytes: enough to tell that a file
/// read again is not the one loaded, or that its start still is (the lines a diagnostic quotes
/// are read only as far as the block that holds the last of them). Not cryptographic; it
/// guards against edits, not against an adversary.
public struct SourceFingerprint: Sendable, Equatable {
    public let count: Int
    /// The hash of each block of `blockSize` bytes, the last one shorter when the size is not a
    /// multiple of it.
    let blocks: [UInt64]
    static let blockSize = 1 << 20

    public init(_ bytes: borrowing [UInt8]) {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.add($0) }
        self = hasher.fingerprint
    }

    fileprivate init(count: Int, blocks: [UInt64]) {
        self.count = count
        self.blocks = blocks
    }

    /// Whether the whole blocks `hasher` has seen are this file's first blocks, whole too.
    func begins(with hasher: Hasher) -> Bool {
        hasher.wholeBytes <= count - count % Self.blockSize && blocks.starts(with: hasher.wholeBlocks)
    }

    /// The fingerprint of bytes handed over in chunks of any size: the same as of them whole.
    struct Hasher {
        private var hash = WordHash()
        /// The hashes of the blocks seen whole so far.
        private(set) var wholeBlocks: [UInt64] = []
        private(set) var count = 0

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var rest = bytes[...]
            while !rest.isEmpty {
                let part = rest.prefix(SourceFingerprint.blockSize - count % SourceFingerprint.blockSize)
                hash.add(UnsafeRawBufferPointer(rebasing: part))
                count += part.count
                rest = rest[part.endIndex...]
                if count % SourceFingerprint.blockSize == 0 {
                    wholeBlocks.append(hash.value)
                    hash = WordHash()
                }
            }
        }

        /// The bytes in `wholeBlocks`.
        var wholeBytes: Int { wholeBlocks.count * SourceFingerprint.blockSize }

        var fingerprint: SourceFingerprint {
            SourceFingerprint(count: count, blocks: count == wholeBytes ? wholeBlocks : wholeBlocks + [hash.value])
        }
    }
}
