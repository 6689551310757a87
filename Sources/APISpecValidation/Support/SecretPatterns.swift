/// What a leaked credential looks like in a plain string. Matched over bytes, where the regular
/// expressions these replace went by Characters: a combining mark after a key no longer hides it.
enum SecretPatterns {
    /// An AWS access key id: `AKIA` (long-term) or `ASIA` (temporary) and 16 upper-case letters or
    /// digits, not inside a longer run of them.
    static func containsAccessKeyId(_ text: String) -> Bool {
        let keyCharacter = ASCIIClass.uppercase + .digits
        return text.withUTF8Bytes { bytes in
            // A key id is 20 bytes: most values are shorter, and are passed over at once.
            guard bytes.count >= 20 else { return false }
            let isKey = { (start: Int) -> Bool in
                let end = start + 20
                return end <= bytes.count && bytes[(start + 4)..<end].allSatisfy(keyCharacter.contains)
                    && (start == 0 || !keyCharacter.contains(bytes[start - 1]))
                    && (end == bytes.count || !keyCharacter.contains(bytes[end]))
            }
            return contains("AKIA", in: bytes, where: isKey) || contains("ASIA", in: bytes, where: isKey)
        }
    }

    /// Made once: made from its text in every call, it cost more than passing over a short value.
    private static let labelCharacter = ASCIIClass.uppercase + " "

    /// A PEM block holding a private key (`-----BEGIN RSA PRIVATE KEY-----`, ...): `-----BEGIN `, a
    /// label of upper-case letters and spaces ending in `PRIVATE KEY`, and `-----`.
    static func containsPrivateKey(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            // `-----BEGIN `, `PRIVATE KEY` and `-----` take 27 bytes at least.
            guard bytes.count >= 27 else { return false }
            return contains("-----BEGIN ", in: bytes) { start in
                let label = bytes[(start + 11)...].prefix(while: Self.labelCharacter.contains)
                return label.reversed().starts(with: "PRIVATE KEY".utf8.reversed())
                    && bytes[label.endIndex...].starts(with: "-----".utf8)
            }
        }
    }

    /// Whether `needle` starts at an offset in `bytes` that `accept`s. Read in place: the lists of
    /// the text's bytes and of the offsets cost more than the search (every environment value).
    private static func contains(
        _ needle: String, in bytes: UnsafeBufferPointer<UInt8>, where accept: (Int) -> Bool
    ) -> Bool {
        needle.withUTF8Bytes { pattern in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count)
            where bytes[start] == pattern[0] && !pattern.indices.contains(where: { bytes[start + $0] != pattern[$0] })
                && accept(start) {
                return true
            }
            return false
        }
    }

    /// A value that names where a secret lives instead of holding it.
    static func isIndirect(_ text: String) -> Bool {
        text.containsASCII("${param:") || text.hasPrefix("arn:") || text.hasPrefix("{{resolve:")
    }
}
