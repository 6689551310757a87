import Testing

@testable import APISpecValidation

/// The URL matchers of the integration and truststore rules. They go by Unicode scalars where the
/// regular expressions they replace went by Characters, so a combining mark after a `/` or a
/// brace no longer hides it; the rows marked "was" pin each case where that changed the answer.
@Suite struct UrlMatcherTests {
    @Test(arguments: [
        ("https://legacy.example.com/pets", true), ("http://a", true), ("HTTP://A", true), ("hTTpS://a?x=1#f", true),
        ("https://${stage:BackendHost}/{proxy}", true), ("https://a:8080/b", true),
        ("https://", false), ("https:///a", false), ("https://?a", false), ("https://#a", false), ("https:/a", false),
        ("ftp://a", false), ("httpx://a", false), ("legacy.example.com/pets", false), ("", false), ("/pets", false),
        ("https://a b", false), ("https://a/b c", false), ("https://a\t", false), ("https://a/\n", false),
        ("https://a\r\n", false),
        // White space outside ASCII too, as the regex's `\s`.
        ("https://a/\u{2003}", false), ("https://a\u{A0}", false), ("https://a/\u{85}", false), ("https://a\u{3000}", false),
        // The scheme is ASCII: `ſ` is no `s` (the regex did not fold it either).
        ("httpſ://a", false), ("ｈttps://a", false),
        ("https://bücher.example/x", true), ("https://a/é", true), ("https://a/\u{301}", true),
        ("https://\u{301}x", true),  // was false: `/` and the mark were one Character, not a `/`
    ])
    func integrationUrls(_ url: String, _ absolute: Bool) {
        #expect(InvalidIntegrationUrl.isAbsolute(url) == absolute)
    }

    @Test(arguments: [
        ("https://x/{a}", ["a"]), ("https://${stage:Host}/{id}", ["id"]), ("https://x/{proxy+}", ["proxy"]),
        ("https://x/{a}/{b}", ["a", "b"]), ("{a}{b}", ["a", "b"]), ("", []), ("https://x/", []), ("{}", []),
        ("{a", []), ("a}", []), ("{a{b}", ["b"]), ("${a{b}", ["b"]), ("{a}}", ["a"]), ("{{a}}", ["a"]),
        ("${a}", []), ("$${a}", []), ("$ {a}", ["a"]), ("{+}", [""]), ("x/{é}", ["é"]), ("x/{id}é", ["id"]),
        ("{a}\u{301}b}", ["a"]),  // was ["a}\u{301}b"]: the mark made `}` and itself one Character
    ])
    func urlPlaceholders(_ url: String, _ names: [String]) {
        #expect(UnknownUrlPathParameter.placeholders(in: url) == names)
    }

    @Test(arguments: [
        ("s3://pets-config/truststore.pem", true), ("s3://abc/k", true), ("s3://a.b/k", true), ("s3://a-9/k", true),
        ("s3://abc//", true), ("s3://abc/a/b c", true), ("s3://abc/é", true),
        ("s3://ab/k", false), ("s3://-ab/k", false), ("s3://ab-/k", false), ("s3://a.b./k", false),
        ("s3://a_b/k", false), ("s3://ABC/k", false), ("s3://abc/", false), ("s3://abc", false), ("s3:///k", false),
        ("S3://abc/k", false), ("certs/truststore.pem", false), ("https://abc/k", false), ("", false),
        ("s3://" + String(repeating: "a", count: 63) + "/k", true), ("s3://" + String(repeating: "a", count: 64) + "/k", false),
        ("s3://abc/a\nb", false), ("s3://abc/a\r", false), ("s3://abc/\u{0B}", false), ("s3://abc/\u{0C}", false),
        ("s3://abc/a\u{85}", false), ("s3://abc/a\u{2028}", false), ("s3://abc/a\u{2029}", false),
        ("s3://abc/a\u{2003}", true), ("s3://äbc/k", false), ("s3://abc\u{301}/k", false),
        ("s3://abc/\u{301}k", true),  // was false: `/` and the mark were one Character, not a `/`
    ])
    func truststoreUris(_ uri: String, _ valid: Bool) {
        #expect(InvalidTruststoreUri.isS3Uri(uri) == valid)
    }
}
