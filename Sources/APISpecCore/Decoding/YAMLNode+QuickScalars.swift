extension YAMLNode {
    /// `string`, without resolving a scalar whose text cannot be a null. Only `""`, `~`, `null`,
    /// `Null` and `NULL` resolve to one (`ResolvedScalar.resolvePlain`; no other text is
    /// canonically equivalent to them), and resolving costs hundreds of instructions for a text
    /// that starts like a null, a boolean or a number (`none`, `true`), on every value decoded.
    var quickString: String? {
        guard case .scalar(let text, _) = kind else { return nil }
        let mayBeNull = text.utf8.count <= 4 && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return mayBeNull ? string : text
    }

    /// `resolvedScalar`, with a plain untagged whole number of up to 18 digits (`10`, `256`)
    /// read from its bytes: resolving one compares it with every null, boolean and
    /// infinity first, and parses it generically (well over a thousand instructions).
    var quickResolvedScalar: ResolvedScalar {
        guard case .scalar(let text, .plain) = kind, tag == nil,
              let value = Self.digitsValue(text) else { return resolvedScalar }
        return .int(value)
    }

    /// The value of 1 to 18 ASCII digits (which no `Int` overflows), else nil.
    private static func digitsValue(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            guard (1...18).contains(bytes.count) else { return nil }
            var value = 0
            for byte in bytes {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
    }
}
