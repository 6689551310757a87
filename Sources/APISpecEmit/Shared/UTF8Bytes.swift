import APISpecCore

/// A string's bytes read in place: emitters make ids, paths and ARNs for every route, and
/// iterating a `String`'s UTF-8 view, or appending it to a byte list through it, costs
/// several times as much as reading its storage. Inlined: for the short names most are, a
/// call costs more than the copy.
enum UTF8Bytes {
    @inline(__always)
    static func append(_ text: String, to bytes: inout [UInt8]) {
        text.withUTF8Bytes { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.withUTF8Bytes { $0.contains(byte) }
    }
}
