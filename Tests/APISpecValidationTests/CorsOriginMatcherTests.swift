import Testing

@testable import APISpecValidation

@Suite struct CorsOriginMatcherTests {
    @Test(arguments: [
        ("https://app.example.com", true), ("http://localhost:3000", true), ("https://*.example.com", true),
        ("HTTP://a", false), ("ftp://a", false), ("https:/a", false), ("https://", false), ("app.example.com", false),
        ("https://a", true), ("https://A-9.b", true), ("https://.", true), ("https://a_b", false),
        ("https://app.example.com/", false), ("https://a?x", false), ("https://*.", false), ("https://*", false),
        ("https://*.*.a", false), ("https://a.*.b", false),
        ("https://a:1", true), ("https://a:65535", true), ("https://a:123456", false), ("https://a:", false),
        ("https://:80", false), ("https://a:8a", false), ("https://a:1:2", false),
        // Outside ASCII: no host letters, and no port digits from other scripts any more (the regex's `\d` took them).
        ("https://bücher.example", false), ("https://a\u{301}", false), ("https://a:٣", false), ("https://a:²", false),
        ("https://a:８０", false),
    ])
    func origins(_ origin: String, _ valid: Bool) {
        #expect(InvalidCorsOrigin.isOrigin(origin) == valid)
    }
}
