import APISpecCore

/// Names as words in PascalCase (`list-pets_v2` -> `ListPetsV2`) for logical ids and
/// operationIds. Only ASCII letters and digits are kept; every other byte, each byte of a
/// non-ASCII character included, ends a word. Byte by byte, because `Character`
/// properties cost thousands of instructions per name.
enum PascalCase {
    /// Appends `text`'s words to `result`, a new word first, until `result` holds `limit` bytes.
    static func append(_ text: String, to result: inout [UInt8], limit: Int = .max, lowercasingRest: Bool = false) {
        // Read in place: iterating a String's UTF-8 view costs several times as much.
        text.withUTF8Bytes { append(bytes: $0, to: &result, limit: limit, lowercasingRest: lowercasingRest) }
    }

    /// `append`, for text given as UTF-8 bytes; `lowercasingRest`: each word's letters after
    /// its first in lower case (`GET` -> `Get`).
    static func append(bytes: some Collection<UInt8>, to result: inout [UInt8], limit: Int = .max, lowercasingRest: Bool = false) {
        let room = min(bytes.count, max(0, limit - result.count))
        guard room > 0 else { return }
        // The words into a buffer of their own, then appended at once: appending byte by byte
        // checked the array's uniqueness and capacity for every byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { words in
            let count = write(bytes: bytes, into: words, lowercasingRest: lowercasingRest)
            // Room at once, and at least twice the last: callers append a name in several parts.
            if result.capacity < result.count + count { result.reserveCapacity(max(result.count + count, 2 * result.capacity)) }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: words[..<count]))
        }
    }

    /// Writes `bytes`' words into `words`, a new word first, until it is full; returns how
    /// many bytes it wrote. What `append` does, for a caller that makes its text in place.
    static func write(
        bytes: some Collection<UInt8>, into words: UnsafeMutableBufferPointer<UInt8>, lowercasingRest: Bool = false
    ) -> Int {
        guard !words.isEmpty else { return 0 }
        var count = 0
        var startOfWord = true
        for byte in bytes {
            guard isLetterOrDigit(byte) else {
                startOfWord = true
                continue
            }
            if startOfWord {
                words[count] = byte >= UInt8(ascii: "a") ? byte - 32 : byte
            } else {
                words[count] = lowercasingRest && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            }
            count += 1
            startOfWord = false
            if count == words.count { break }
        }
        return count
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default: return false
        }
    }
}
