import APISpecCore

/// Log group names allow letters, digits and `._-/#`.
enum LogGroupName {
    /// `name` as one segment of a log group name: `$default` becomes `default`. Only ASCII is
    /// kept, so the bytes are filtered: in UTF-8 a byte below 0x80 is always a whole ASCII
    /// scalar. Read in place: filtering the String's UTF-8 view cost several times as much.
    static func segment(_ name: String) -> String {
        let kept = name.withUTF8Bytes { $0.filter(isKept) }
        return kept.isEmpty ? "unnamed" : String(decoding: kept, as: UTF8.self)
    }

    /// Appends `segment(name)`, which needs no escape in JSON: the name's own bytes when it
    /// keeps them all, as most names do, without a filtered copy made.
    static func appendSegment<Output: JSONOutput>(of name: String, to output: inout Output) {
        let whole = name.withUTF8Bytes { bytes in
            guard !bytes.isEmpty, bytes.allSatisfy(isKept) else { return false }
            output.append(bytes: UnsafeRawBufferPointer(bytes))
            return true
        }
        if !whole { output.append(segment(name)) }
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        PascalCase.isLetterOrDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
