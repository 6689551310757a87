import APISpecCore

/// Log group names allow letters, digits and `._-/#`.
enum LogGroupName {
    /// `name` as one segment of a log group name: `$default` becomes `default`. Only ASCII is
    /// kept, so the bytes are filtered: in UTF-8 a byte below 0x80 is always a whole ASCII
    /// scalar. Read in place: filtering the String's UTF-8 view cost several times as much.
    static func segment(_ name: String) -> String {
        let kept = name.withUTF8Bytes { bytes in
            bytes.filter { byte in
                PascalCase.isLetterOrDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: "-")
            }
        }
        return kept.isEmpty ? "unnamed" : String(decoding: kept, as: UTF8.self)
    }
}
