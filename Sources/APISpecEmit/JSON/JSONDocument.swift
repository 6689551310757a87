/// A document `emit` writes: a value, and perhaps the members of one of its top-level
/// objects, made only while the document is streamed out (`JSONWriter.stream`), so that
/// its largest part is never held whole.
public struct JSONDocument {
    let value: JSONValue
    let filling: JSONWriter.Filling?

    public init(_ value: JSONValue) {
        self.value = value
        filling = nil
    }

    /// `value` holds `{}` at `key`; `members` makes what goes there.
    init(_ value: JSONValue, filling key: String, with members: @escaping JSONWriter.MemberSource) {
        self.init(value, filling: [key], with: members)
    }

    /// `value` holds `{}` at the object keys `path` leads to; `members` makes what goes there.
    init(_ value: JSONValue, filling path: [String], with members: @escaping JSONWriter.MemberSource) {
        self.value = value
        filling = (path, members)
    }

    /// Hands the text to `send` in chunks; false when `send` failed.
    public func stream(to send: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        JSONWriter.stream(value, filling: filling, to: send)
    }

    /// The length of the text, exact up to `limit`; past it, a length past it too.
    func byteCount(upTo limit: Int) -> Int {
        JSONWriter.byteCount(value, filling: filling, upTo: limit)
    }

    /// The whole text, for callers that need it at once (`emit --check` compares it).
    public var text: String {
        guard filling != nil else { return JSONWriter.write(value) }
        var bytes: [UInt8] = []
        _ = stream { chunk in
            bytes += chunk
            return true
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
