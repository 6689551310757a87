import Testing

@testable import APISpecValidation

@Suite struct StringSearchTests {
    @Test(arguments: [
        ("DB_PASSWORD", "PASSWORD", true), ("PASSWORD", "PASSWORD", true), ("PASSWOR", "PASSWORD", false),
        ("PAPASSWORD_X", "PASSWORD", true), ("", "TOKEN", false), ("TOKEN", "", false),
        // Outside ASCII it answers as `contains` does, by Characters: a combining mark makes N another one.
        ("MY_TOKÉN", "TOKEN", false), ("ÜBER_TOKEN", "TOKEN", true), ("TOKEN\u{301}", "TOKEN", false),
    ])
    func findsWhatContainsFinds(_ text: String, _ needle: String, _ found: Bool) {
        #expect(text.containsASCII(needle) == found)
        #expect(text.containsASCII(needle) == text.contains(needle))
    }

    /// Its first two bytes settle it only where they are whole Characters; a combining mark
    /// makes `/` another Character.
    @Test(arguments: ["", "/", "/a", "//", "a/", "\u{301}/", "/\u{301}", "/\u{301}a", "/é", "é/"])
    func startsWithSlashAsHasPrefixDoes(_ text: String) {
        #expect(text.startsWithSlash == text.hasPrefix("/"))
    }
}
