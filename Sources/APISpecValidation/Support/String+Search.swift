import APISpecCore

extension String {
    /// `contains(needle)` for an ASCII `needle`: byte by byte when this string is ASCII too,
    /// where bytes and Characters match alike. The generic `contains` costs about 16,000
    /// instructions a call; rules ask it of every name in the spec. The bytes are read in
    /// place: a list of the needle's bytes per call cost more than the search.
    func containsASCII(_ needle: String) -> Bool {
        let found: Bool? = withUTF8Bytes { text in
            text.allSatisfy({ $0 < 0x80 }) ? Self.contains(needle, inASCII: text) : nil
        }
        return found ?? contains(needle)
    }

    /// Whether it contains one of `needles`, all ASCII: `containsASCII` of each, with this
    /// string's bytes read and found ASCII once for all of them.
    func containsAnyASCII(_ needles: [String]) -> Bool {
        let found: Bool? = withUTF8Bytes { text in
            text.allSatisfy({ $0 < 0x80 }) ? needles.contains { Self.contains($0, inASCII: text) } : nil
        }
        return found ?? needles.contains { contains($0) }
    }

    private static func contains(_ needle: String, inASCII text: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.withUTF8Bytes { pattern in
            guard !pattern.isEmpty, text.count >= pattern.count else { return false }
            for start in 0...(text.count - pattern.count)
            where text[start] == pattern[0] && !pattern.indices.contains(where: { text[start + $0] != pattern[$0] }) {
                return true
            }
            return false
        }
    }
}

extension String {
    /// `hasPrefix("/")` told by the first two bytes where they settle it: a `/` followed by
    /// ASCII or nothing is a whole first Character, and no other first scalar makes one equal
    /// to `/`. `hasPrefix` costs about 230 instructions; `invalid-route-path` asks every path.
    var startsWithSlash: Bool {
        let bytes = utf8
        guard bytes.first == UInt8(ascii: "/") else { return false }
        let next = bytes.index(after: bytes.startIndex)
        return next == bytes.endIndex || bytes[next] < 0x80 || hasPrefix("/")
    }
}
