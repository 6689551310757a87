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
    struct Hasher {
        private var hash = WordHash()

        mutating func add(_ bytes: UnsafeRawBufferPointer) { hash.add(bytes) }

        var fingerprint: SourceFingerprint { SourceFingerprint(count: hash.count, hash: hash.value) }
    }
}
