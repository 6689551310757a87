extension String {
    /// `contains(needle)` for an ASCII `needle`: byte by byte when this string is ASCII too,
    /// where bytes and Characters match alike. The generic `contains` costs about 16,000
    /// instructions a call; rules ask it of every name in the spec.
    func containsASCII(_ needle: String) -> Bool {
        let haystack = utf8, pattern = Array(needle.utf8)
        guard haystack.allSatisfy({ $0 < 0x80 }) else { return contains(needle) }
        guard let first = pattern.first, haystack.count >= pattern.count else { return false }
        var start = haystack.startIndex
        while let found = haystack[start...].firstIndex(of: first) {
            if haystack[found...].starts(with: pattern) { return true }
            start = haystack.index(after: found)
        }
        return false
    }
}
