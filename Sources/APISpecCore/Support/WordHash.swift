/// A 64-bit hash of bytes handed over in pieces of any size: the same as of them whole, and
/// the same on every machine and in every run. Not cryptographic: it tells that bytes changed,
/// not against an adversary.
///
/// Thirty-two bytes a step, four words each mixed into its own lane by a multiply and a
/// rotation: a fraction of an instruction a byte, where a byte-at-a-time hash (FNV-1a,
/// `Swift.Hasher`) costs several and waits on a multiply for every byte; the four lanes do
/// not wait on each other. The bytes short of a step at the end, then the lanes and the
/// count, are mixed in last.
public struct WordHash: Sendable {
    private var lanes: Words = (0xCBF2_9CE4_8422_2325, 0x8422_2325_CBF2_9CE4, 0x9CE4_CBF2_2325_8422, 0x2325_8422_9CE4_CBF2)
    /// The bytes added so far.
    public private(set) var count = 0
    /// Bytes short of a step at the end of a piece, as they are in memory; the next piece's
    /// first bytes complete them. Zero past them.
    private var pending: Words = (0, 0, 0, 0)

    private typealias Words = (UInt64, UInt64, UInt64, UInt64)
    private static let step = 32

    public init() {}

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        let pendingCount = count % Self.step
        count += bytes.count
        var offset = 0
        if pendingCount > 0 {
            offset = min(Self.step - pendingCount, bytes.count)
            withUnsafeMutableBytes(of: &pending) { ($0.baseAddress! + pendingCount).copyMemory(from: base, byteCount: offset) }
            guard pendingCount + offset == Self.step else { return }
            mixPending()
        }
        while offset + Self.step <= bytes.count {
            mix((
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)),
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)),
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))))
            offset += Self.step
        }
        if offset < bytes.count {
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: base + offset, byteCount: bytes.count - offset) }
        }
    }

    /// The hash of every byte added so far.
    public var value: UInt64 {
        var final = self
        final.mixPending()
        let lanes = final.lanes
        return Self.mix(Self.mix(Self.mix(Self.mix(lanes.0, lanes.1), lanes.2), lanes.3), UInt64(count))
    }

    private mutating func mixPending() {
        mix((UInt64(littleEndian: pending.0), UInt64(littleEndian: pending.1),
             UInt64(littleEndian: pending.2), UInt64(littleEndian: pending.3)))
        pending = (0, 0, 0, 0)
    }

    @inline(__always)
    private mutating func mix(_ words: Words) {
        lanes = (Self.mix(lanes.0, words.0), Self.mix(lanes.1, words.1), Self.mix(lanes.2, words.2), Self.mix(lanes.3, words.3))
    }

    @inline(__always)
    private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (lane ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed << 29 | mixed >> 35
    }
}
