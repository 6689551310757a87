/// Names as words in PascalCase (`list-pets_v2` -> `ListPetsV2`) for logical ids and
/// operationIds. Only ASCII letters and digits are kept; every other byte, each byte of a
/// non-ASCII character included, ends a word. Byte by byte, because `Character`
/// properties cost thousands of instructions per name.
enum PascalCase {
    /// Appends `text`'s words to `result`, a new word first, until `result` holds `limit` bytes.
    static func append(_ text: String, to result: inout [UInt8], limit: Int = .max) {
        // Read in place: iterating a String's UTF-8 view costs several times as much.
        var text = text
        text.withUTF8 { append(bytes: $0, to: &result, limit: limit) }
    }

    /// `append`, for text given as UTF-8 bytes.
    static func append(bytes: some Collection<UInt8>, to result: inout [UInt8], limit: Int = .max) {
        // Room at once, and at least twice the last: callers append a name in several parts.
        let most = result.count + min(bytes.count, max(0, limit - result.count))
        if result.capacity < most { result.reserveCapacity(max(most, 2 * result.capacity)) }
        var startOfWord = true
        for byte in bytes {
            if result.count >= limit { return }
            guard isLetterOrDigit(byte) else {
                startOfWord = true
                continue
            }
            result.append(startOfWord && byte >= UInt8(ascii: "a") ? byte - 32 : byte)
            startOfWord = false
        }
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default: return false
        }
    }
}
