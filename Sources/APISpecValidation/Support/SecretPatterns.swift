/// What a leaked credential looks like in a plain string. Matched over bytes, where the regular
/// expressions these replace went by Characters: a combining mark after a key no longer hides it.
enum SecretPatterns {
    /// An AWS access key id: `AKIA` (long-term) or `ASIA` (temporary) and 16 upper-case letters or
    /// digits, not inside a longer run of them.
    static func containsAccessKeyId(_ text: String) -> Bool {
        let bytes = Array(text.utf8), keyCharacter = ASCIIClass.uppercase + .digits
        return (starts(of: "AKIA", in: bytes) + starts(of: "ASIA", in: bytes)).contains { start in
            let end = start + 20
            return end <= bytes.count && bytes[(start + 4)..<end].allSatisfy(keyCharacter.contains)
                && (start == 0 || !keyCharacter.contains(bytes[start - 1]))
                && (end == bytes.count || !keyCharacter.contains(bytes[end]))
        }
    }

    /// A PEM block holding a private key (`-----BEGIN RSA PRIVATE KEY-----`, ...): `-----BEGIN `, a
    /// label of upper-case letters and spaces ending in `PRIVATE KEY`, and `-----`.
    static func containsPrivateKey(_ text: String) -> Bool {
        let bytes = Array(text.utf8), labelCharacter = ASCIIClass.uppercase + " "
        return starts(of: "-----BEGIN ", in: bytes).contains { start in
            let label = bytes[(start + 11)...].prefix(while: labelCharacter.contains)
            return label.reversed().starts(with: "PRIVATE KEY".utf8.reversed())
                && bytes[label.endIndex...].starts(with: "-----".utf8)
        }
    }

    /// Every offset at which `needle` starts in `bytes`.
    private static func starts(of needle: String, in bytes: [UInt8]) -> [Int] {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return [] }
        return (0...(bytes.count - pattern.count)).filter { start in
            bytes[start] == pattern[0] && bytes[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }

    /// A value that names where a secret lives instead of holding it.
    static func isIndirect(_ text: String) -> Bool {
        text.containsASCII("${param:") || text.hasPrefix("arn:") || text.hasPrefix("{{resolve:")
    }
}
