/// The text of one input, kept so diagnostics can quote the offending line. It holds the
/// bytes the caller read, not a decoded copy: the loader has checked they are UTF-8, and
/// sharing the caller's buffer spares a second copy of a large spec for the whole run.
public struct SourceFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Line `number` (1-based) without its line break, or nil past the end. Lines break
    /// where libyaml, which numbers the lines of every diagnostic, breaks them: at `\r\n`,
    /// `\r`, `\n`, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, !bytes.isEmpty else { return nil }
        var start = 0
        for _ in 1..<number {
            var index = start
            while index < bytes.count, breakLength(at: index) == 0 { index += 1 }
            guard index < bytes.count else { return nil }
            start = index + breakLength(at: index)
        }
        var end = start
        while end < bytes.count, breakLength(at: end) == 0 { end += 1 }
        return Substring(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// The length in bytes of the line break at `index`, 0 when there is none.
    private func breakLength(at index: Int) -> Int {
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
