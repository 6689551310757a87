import CWordHash

/// A 64-bit hash of bytes handed over in pieces of any size: the same as of them whole, and
/// the same on every machine and in every run. Not cryptographic: it tells that bytes changed,
/// not against an adversary.
///
/// Thirty-two bytes a step, four words each mixed into its own lane by a multiply and a
/// rotation: a fraction of an instruction a byte, where a byte-at-a-time hash (FNV-1a,
/// `Swift.Hasher`) costs several and waits on a multiply for every byte; the four lanes do
/// not wait on each other. The bytes short of a step at the end, then the lanes and the
/// count, are mixed in last. The steps are C's (`word_hash.h`), which the thread that writes a
/// large output runs too, continuing a hash begun here (`state`).
public struct WordHash: Sendable {
    /// What C code continues (`CFileWriter`), or was handed back from it.
    public var state: word_hash_t

    public init() {
        state = word_hash_t()
        word_hash_init(&state)
    }

    /// The bytes added so far.
    public var count: Int { Int(state.count) }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        word_hash_add(&state, base, bytes.count)
    }

    /// The hash of every byte added so far.
    public var value: UInt64 {
        withUnsafePointer(to: state) { word_hash_value($0) }
    }
}
