/// A document `emit` writes: a value, perhaps with the members of one of its objects made
/// only while it is streamed out (`JSONWriter.stream`), or text written as it is made, so
/// that its largest part is never held whole.
public struct JSONDocument {
    private let write: (inout ChunkOutput) -> Void

    public init(_ value: JSONValue) {
        write = { JSONWriter.document(value, into: &$0) }
    }

    /// `value` holds `{}` at the object keys `path` leads to; `members` makes what goes there.
    init(_ value: JSONValue, filling path: [String], with members: some ObjectFilling) {
        write = { JSONWriter.document(value, filling: path, with: members, into: &$0) }
    }

    /// The text `write` writes, made again each time the document is streamed.
    init(writtenBy write: @escaping (inout ChunkOutput) -> Void) {
        self.write = write
    }

    /// Hands the text to `send` in chunks; false when `send` failed. `lender`, when given,
    /// lends room for the next chunk to be written in place (`ChunkOutput.lender`).
    public func stream(to send: (UnsafeRawBufferPointer) -> Bool, lender: ChunkLender? = nil) -> Bool {
        stream(chunkSize: 1 << 16, to: send, lender: lender)
    }

    /// In chunks of at most `chunkSize` bytes, or of the room `lender` lends.
    func stream(chunkSize: Int, to send: (UnsafeRawBufferPointer) -> Bool, lender: ChunkLender? = nil) -> Bool {
        JSONWriter.stream(chunkSize: chunkSize, to: send, lender: lender, write)
    }

    /// The whole text, for callers that need it at once (`emit --check` compares it).
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The whole text's UTF-8 bytes.
    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        _ = stream { chunk in
            bytes += chunk
            return true
        }
        return bytes
    }
}
