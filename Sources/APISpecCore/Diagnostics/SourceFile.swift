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

    /// Reads the file at a path, at most `limit` bytes; nil if it cannot.
    public typealias Reader = @Sendable (_ path: String, _ limit: Int) -> [UInt8]?

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
    /// (quoting nothing) when the file cannot be read or changed. It reads one byte past the
    /// loaded size: enough to see that a file grew without reading all of it.
    public func restored() -> SourceFile {
        guard let (fingerprint, read) = again, let bytes = read(path, fingerprint.count + 1),
              SourceFingerprint(bytes) == fingerprint else { return self }
        return SourceFile(path: path, bytes: bytes)
    }

    /// Line `number` (1-based) without its line break, or nil past the end. Lines break
    /// where libyaml, which numbers the lines of every diagnostic, breaks them: at `\r\n`,
    /// `\r`, `\n`, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    public func line(_ number: Int) -> Substring? {
        var lines = lines
        return lines.line(number)
    }

    /// The file's lines, each found once: quoting many lines of one file reads them from
    /// here, where finding each line from the start of the file made quoting a diagnostic
    /// per route quadratic in the spec's size.
    public var lines: Lines { Lines(bytes) }

    public struct Lines: Sendable {
        private let bytes: [UInt8]
        /// The offset of each line's first byte, up to the furthest line asked for: a run
        /// that quotes a few lines near the top does not read the rest of the file.
        private var starts = [0]
        /// Where finding the next line's start resumes.
        private var scanned = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// `SourceFile.line(_:)`.
        public mutating func line(_ number: Int) -> Substring? {
            guard number >= 1, !bytes.isEmpty else { return nil }
            while starts.count < number, scanned < bytes.count {
                let length = Self.breakLength(at: scanned, in: bytes)
                if length > 0 {
                    scanned += length
                    starts.append(scanned)
                } else {
                    scanned += 1
                }
            }
            guard number <= starts.count else { return nil }
            let start = starts[number - 1]
            var end = start
            while end < bytes.count, Self.breakLength(at: end, in: bytes) == 0 { end += 1 }
            return Substring(String(decoding: bytes[start..<end], as: UTF8.self))
        }

        /// The length in bytes of the line break at `index`, 0 when there is none.
        private static func breakLength(at index: Int, in bytes: [UInt8]) -> Int {
            switch bytes[index] {
            case UInt8(ascii: "\n"): return 1
            case UInt8(ascii: "\r"): return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
            case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
            case 0xE2:
                guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
                return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
            default: return 0
            }
        }
    }
}
