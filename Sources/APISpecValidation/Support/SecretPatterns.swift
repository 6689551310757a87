/// What a leaked credential looks like in a plain string.
enum SecretPatterns {
    /// An AWS access key id: `AKIA` (long-term) or `ASIA` (temporary) and 16 upper-case letters or digits.
    static func containsAccessKeyId(_ text: String) -> Bool {
        (holds(text, "AKIA") || holds(text, "ASIA"))
            && text.contains(/(?:^|[^A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?:$|[^A-Z0-9])/)
    }

    /// A PEM block holding a private key (`-----BEGIN RSA PRIVATE KEY-----`, ...).
    static func containsPrivateKey(_ text: String) -> Bool {
        holds(text, "PRIVATE KEY-----") && text.contains(/-----BEGIN [A-Z ]*PRIVATE KEY-----/)
    }

    /// Whether `text` holds `needle` byte for byte: a test a thousand times cheaper than a
    /// regular expression match, which rules out almost every value before one runs.
    private static func holds(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text.utf8), pattern = Array(needle.utf8)
        guard haystack.count >= pattern.count else { return false }
        return (0...(haystack.count - pattern.count)).contains { start in
            haystack[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }

    /// A value that names where a secret lives instead of holding it.
    static func isIndirect(_ text: String) -> Bool {
        text.contains("${param:") || text.hasPrefix("arn:") || text.hasPrefix("{{resolve:")
    }
}
