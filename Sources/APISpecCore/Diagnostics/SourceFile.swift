/// The text of one input, kept so diagnostics can quote the offending line. It holds the
/// bytes the caller read, not a decoded copy: the loader has checked they are UTF-8, and
/// sharing the caller's buffer spares a second copy of a large spec for the whole run.
public struct SourceFile: Sendable {
    /// Where the bytes to quote come from once the spec is loaded.
    public enum Quoting: Sendable {
        /// Kept in memory for the whole run: stdin, which cannot be read twice, or bytes no file holds.
        case fromMemory
        /// Read again from `path` with `reading` when a diagnostic is rendered, or a finding
        /// asks where a key inside a route or a function is (`KeyIndex`): neither the source
        /// nor the spec keeps a large spec's bytes (10 MB at 100,000 routes) for the few
        /// lines a run may quote, while the next files of a run are read.
        case fromDisk(reading: Reader)
    }

    /// Reads the file at a path, at most `limit` bytes, handing them to `chunk` a part at a
    /// time until `chunk` returns false (it has what it needs); false if it cannot.
    public typealias Reader = @Sendable (
        _ path: String, _ limit: Int, _ chunk: (UnsafeRawBufferPointer) -> Bool
    ) -> Bool

    public var path: String
    public var bytes: [UInt8]
    /// Set when the bytes were let go to be read again: what they were, so that a file changed
    /// since quotes nothing rather than a wrong line, and how to read them.
    private var again: (fingerprint: SourceFingerprint, read: Reader)?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// For a file read again to quote: `bytes` are not kept, only their fingerprint.
    public init(path: String, readAgain bytes: borrowing [UInt8], reading read: @escaping Reader) {
        self.path = path
        self.bytes = []
        again = (SourceFingerprint(bytes), read)
    }

    /// With its bytes again when reading the file gives back what was loaded; as it is
    /// (with no bytes) when the file cannot be read or changed.
    public func restored() -> SourceFile {
        guard let again else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(again.fingerprint.count)
        guard readAgain({ bytes += $0 }) else { return self }
        return SourceFile(path: path, bytes: bytes)
    }

    /// Lines `numbers` (1-based) without their line breaks, those the file has (see
    /// `LinePicker`). A file read again is read once for all of them, as far as the
    /// fingerprint's block that holds the last of them, and holds only them; one that cannot
    /// be read, or changed before that block's end since it was loaded, has none.
    public func lines(_ numbers: Set<Int>) -> [Int: Substring] {
        var picker = LinePicker(numbers)
        if again == nil {
            bytes.withUnsafeBytes { picker.add($0) }
        } else if !readAgain(until: { picker.isDone }, { picker.add($0) }) {
            return [:]
        }
        return picker.finish()
    }

    /// Line `number` (1-based) without its line break, or nil past the end.
    public func line(_ number: Int) -> Substring? {
        lines([number])[number]
    }

    /// Reads the file again, handing `chunk` every part: true when it was what was loaded.
    /// One byte past the loaded size is asked for: enough to see that a file grew, without
    /// reading all of it. Once `enough` holds, reading stops at the end of the fingerprint's
    /// block it held in, and only the blocks read are checked: what follows them cannot
    /// change what was read (at 100,000 routes, quoting the `routes:` line reads 4 of 10 MB).
    private func readAgain(until enough: () -> Bool = { false }, _ chunk: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard let (fingerprint, read) = again else { return false }
        var hasher = SourceFingerprint.Hasher()
        // The bytes read when `enough` first held: the blocks to check must cover them.
        var needed: Int?
        let complete = read(path, fingerprint.count + 1) { part in
            hasher.add(part)
            chunk(part)
            if needed == nil, enough() { needed = hasher.count }
            return needed.map { hasher.wholeBytes < $0 } ?? true
        }
        guard complete else { return false }
        if let needed, hasher.wholeBytes >= needed { return fingerprint.begins(with: hasher) }
        return hasher.fingerprint == fingerprint
    }
}
