import APISpecCore

/// What takes `ChunkOutput`'s chunks when it can do more than copy them (`AtomicFile.Pending`,
/// once its writer thread runs): lend room in its own buffers for the next chunk, and hash what
/// it is handed on that thread.
public protocol ChunkLender: AnyObject {
    /// Room for the next chunk, which the output's `send` then takes without a copy; nil when
    /// there is none.
    func lend() -> UnsafeMutableRawBufferPointer?
    /// Hashes, continuing `hash`, every byte sent from now on, until `endHashing()`. Called
    /// only once room was lent.
    func startHashing(continuing hash: WordHash)
    /// The hash `startHashing` continued, with every byte sent since.
    func endHashing() -> WordHash
}
