import Testing

@testable import APISpecValidation

@Suite struct DomainNameMatcherTests {
    private static func label(_ length: Int) -> String { String(repeating: "a", count: length) }

    @Test(arguments: [
        ("api.example.com", true), ("*.pets.example.com", true), ("a.b", true), ("*.a.b", true), ("A-9.b0", true),
        ("", false), ("example", false), ("*.com", false), ("*.", false), ("a..b", false), (".a.b", false),
        ("a.b.", false), ("-a.b", false), ("a-.b", false), ("a_b.c", false), ("a.*.b", false), ("**.a.b", false),
        ("https://api.example.com", false), ("api.example.com:443", false), ("api.example.com/v1", false),
        ("\(label(63)).com", true), ("\(label(64)).com", false), ("a.\(label(63))", true),
        // 253 characters at most, the `*.` counted.
        ([label(63), label(63), label(63), label(61)].joined(separator: "."), true),
        ([label(63), label(63), label(63), label(62)].joined(separator: "."), false),
        ("*." + [label(63), label(63), label(63), label(59)].joined(separator: "."), true),
        ("*." + [label(63), label(63), label(63), label(60)].joined(separator: "."), false),
        // ASCII only, as the regex was: no IDN labels, no combining marks.
        ("bücher.example", false), ("a\u{301}.com", false), ("*.\u{301}a.com", false), ("a.com\u{301}", false),
    ])
    func domainNames(_ name: String, _ valid: Bool) {
        #expect(InvalidDomainName.isValid(name) == valid)
    }
}
