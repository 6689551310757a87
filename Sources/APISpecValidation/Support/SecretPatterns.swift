/// What a leaked credential looks like in a plain string.
enum SecretPatterns {
    /// An AWS access key id: `AKIA` (long-term) or `ASIA` (temporary) and 16 upper-case letters or digits.
    static func containsAccessKeyId(_ text: String) -> Bool {
        text.contains(/(?:^|[^A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?:$|[^A-Z0-9])/)
    }

    /// A PEM block holding a private key (`-----BEGIN RSA PRIVATE KEY-----`, ...).
    static func containsPrivateKey(_ text: String) -> Bool {
        text.contains(/-----BEGIN [A-Z ]*PRIVATE KEY-----/)
    }

    /// A value that names where a secret lives instead of holding it.
    static func isIndirect(_ text: String) -> Bool {
        text.contains("${param:") || text.hasPrefix("arn:") || text.hasPrefix("{{resolve:")
    }
}
