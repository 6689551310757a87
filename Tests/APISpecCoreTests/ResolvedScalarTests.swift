import Testing

@testable import APISpecCore

/// Plain scalars resolve under YAML 1.2's core schema: null, booleans, integers (decimal,
/// `0o` octal, `0x` hexadecimal), floats and the special floats; everything else is a string.
@Suite struct ResolvedScalarTests {
    @Test(arguments: [
        ("~", ResolvedScalar.null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        (".inf", .double(.infinity)), ("+.INF", .double(.infinity)), ("-.Inf", .double(-.infinity)),
        ("0", .int(0)), ("-12", .int(-12)), ("+7", .int(7)), ("123456789", .int(123_456_789)),
        ("0x1F", .int(31)), ("0o17", .int(15)), ("0x-1F", .int(-31)), ("00012", .int(12)),
        ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
        ("9223372036854775808", .double(9_223_372_036_854_775_808)),
        ("1.5", .double(1.5)), (".5", .double(0.5)), ("5.", .double(5)), ("-2.5e3", .double(-2500)),
        ("1e3", .double(1000)), ("7E+2", .double(700)),
    ])
    func resolves(_ text: String, _ expected: ResolvedScalar) {
        #expect(YAMLNode(.scalar(text, .plain), at: SourceLocation(file: "r.yaml", line: 1, column: 1)).resolvedScalar == expected)
    }

    /// Near misses of the words and numbers above stay strings: longer or shorter words, two
    /// dots, no digit, a sign alone, an exponent without digits, and a prefix whose `x` is
    /// not a Character of its own (a combining mark joins it).
    @Test(arguments: [
        "nul", "nulls", "truely", "falsey", "function", "timeout", "tags", "none", "~~", ".infinity",
        "1.2.3", ".", "+", "-", "1e", "1e+", "e3", "1_000", "0x", "0o8", "0x\u{301}1", "1a", "+.nan.",
    ])
    func staysAString(_ text: String) {
        #expect(YAMLNode(.scalar(text, .plain), at: SourceLocation(file: "r.yaml", line: 1, column: 1)).resolvedScalar == .string(text))
    }
}
