/// A string's bytes read in place: emitters make ids, paths and ARNs for every route, and
/// iterating a `String`'s UTF-8 view, or appending it to a byte list through it, costs
/// several times as much as reading its storage.
enum UTF8Bytes {
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(byte) }
    }
}
