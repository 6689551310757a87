import APISpecCore
import Testing

@testable import APISpecValidation

/// The matchers of the name rules under Rules/Limits, at their edges. Every one accepts ASCII
/// only, as the regular expressions they replace did: those classes never took a letter from
/// another script, nor a letter joined by a combining mark into one Character.
@Suite struct NameMatcherTests {
    private static let nonASCII = ["é", "a\u{301}", "aé", "a٣", "ａ", "\u{212A}"]

    @Test(arguments: [
        ("", false), ("a", true), ("Z", true), ("1a", false), ("-a", false), ("a-Z9", true), ("a_b", false),
        ("a b", false), ("a" + String(repeating: "b", count: 63), true), ("a" + String(repeating: "b", count: 64), false),
    ] + nonASCII.map { ($0, false) })
    func apiNames(_ name: String, _ valid: Bool) {
        #expect(InvalidApiName.isValid(name) == valid)
    }

    @Test(arguments: [
        ("", false), ("a", true), ("Z", true), ("1a", false), ("_a", false), ("-a", false), ("a-Z9_", true),
        ("a.b", false), ("a" + String(repeating: "_", count: 63), true), ("a" + String(repeating: "_", count: 64), false),
    ] + nonASCII.map { ($0, false) })
    func functionNames(_ name: String, _ valid: Bool) {
        #expect(InvalidFunctionName.isValid(name) == valid)
    }

    @Test(arguments: [
        ("", false), ("a", false), ("ab", true), ("Z9", true), ("A_1", true), ("1a", false), ("_a", false),
        ("a-b", false), ("a" + String(repeating: "B", count: 1000), true),
    ] + nonASCII.map { ($0, false) } + [("ab\u{301}", false), ("Aé", false)])
    func environmentVariableNames(_ name: String, _ valid: Bool) {
        #expect(InvalidEnvironmentVariableName.isValid(name) == valid)
    }

    @Test(arguments: [
        ("", false), ("a", true), ("1", true), ("_", true), ("-", true), ("Prod_2-b", true), ("a.b", false),
        (String(repeating: "a", count: 128), true), (String(repeating: "a", count: 129), false),
    ] + nonASCII.map { ($0, false) })
    func stageNames(_ name: String, _ valid: Bool) {
        #expect(InvalidStageName.isValid(name, .rest) == valid)
        #expect(InvalidStageName.isValid(name, .http) == valid)
    }

    @Test func onlyHttpApisHaveTheDefaultStage() {
        #expect(InvalidStageName.isValid("$default", .http))
        #expect(!InvalidStageName.isValid("$default", .rest))
        #expect(!InvalidStageName.isValid("$default", .websocket))
    }

    @Test(arguments: [
        ("", false), ("a", true), ("_", true), ("9", true), ("LOG_LEVEL_2", true), ("log-level", false),
        ("a b", false), (String(repeating: "a", count: 1000), true),
    ] + nonASCII.map { ($0, false) })
    func stageVariableNames(_ name: String, _ valid: Bool) {
        #expect(InvalidStageVariable.isValidName(name) == valid)
    }

    @Test(arguments: [
        ("", true), ("a", true), ("-._~:/?#&=,", true), ("https://legacy.example.com/v1?mode=fast", true),
        ("a b", false), ("a;b", false), ("a%20", false), ("a+b", false), ("${x}", false),
        (String(repeating: "a", count: 512), true), (String(repeating: "a", count: 513), false),
    ] + nonASCII.map { ($0, false) })
    func stageVariableValues(_ value: String, _ valid: Bool) {
        #expect(InvalidStageVariable.isValidValue(value) == valid)
    }
}
