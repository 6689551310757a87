import Testing
@testable import APISpecCore

/// The decoder's shortcuts for comparing keys give what `==` and `hasPrefix` give.
@Suite struct KeyComparisonTests {
    @Test(arguments: [
        ("x-a", true), ("x-", true), ("x-\u{E9}", true), ("x-\u{301}a", false), ("x\u{301}-a", false),
        ("x", false), ("", false), ("X-a", false), ("y-a", false), ("xa", false),
    ])
    func anExtensionKeyIsOneThatHasThePrefix(_ key: String, _ expected: Bool) {
        #expect(key.isExtensionKey == expected)
        #expect(key.hasPrefix("x-") == expected)
    }

    @Test(arguments: [
        ("apiKeys", "apiKeys"), ("apiKeys", "api\u{212A}eys"), ("apiKeys", "apiKey"), ("apiKeys", "apiKeysX"),
        ("auth", "http"), ("a;", "a\u{37E}"), ("", ""),
    ])
    func aKnownKeyIsTheSameAsWhatEqualsIt(_ known: String, _ key: String) {
        #expect(known.isSameKey(key) == (known == key))
    }
}
