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

    /// Line `number` (1-based) without its line break, or nil past the end. Lines end at a
    /// `\n` that does not follow a `\r`, as when this read `Character`s (`\r\n` is one
    /// `Character`, which never equals `"\n"`); the quoted line stops at its first `\r` or `\n`.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, !bytes.isEmpty else { return nil }
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var start = 0
        for _ in 1..<number {
            guard let next = bytes[start...].indices.first(where: {
                bytes[$0] == newline && ($0 == 0 || bytes[$0 - 1] != carriageReturn)
            }) else { return nil }
            start = next + 1
        }
        let end = bytes[start...].firstIndex { $0 == newline || $0 == carriageReturn } ?? bytes.count
        return Substring(String(decoding: bytes[start..<end], as: UTF8.self))
    }
}
