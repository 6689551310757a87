import APISpecCore
import Testing

@testable import APISpecValidation

/// `wildcard-policy-action` rules out an action whose last byte is not `*` before comparing
/// Characters: it must report exactly the actions that are `*` or end in the Character `:*`.
@Suite struct WildcardPolicyActionTests {
    @Test func reportsWhatTheCharacterComparisonReports() throws {
        // A combining mark after `*` joins it into another Character; `ǃ*` ends in a `*` byte
        // after a non-ASCII character.
        let actions = ["*", "s3:*", "s3:Get*", "s3:*\u{301}", "*\u{301}", "dynamodb:Query", ":*", "\u{1C3}*", "s3\u{301}:*"]
        let list = actions.map { "\"\($0)\"" }.joined(separator: ", ")
        let yaml = """
            apispec: 1
            name: pets
            functions:
              handle:
                runtime: python3.12
                handler: app.handle
                policies:
                  - {effect: Allow, actions: [\(list)], resources: ["*"]}
            routes:
              GET /pets: {function: handle, auth: none}
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "policy.yaml").spec)
        var report: [Diagnostic] = []
        WildcardPolicyAction().check(spec, &report)
        let expected = actions.filter { $0 == "*" || $0.hasSuffix(":*") }
        #expect(report.map(\.message) == expected.map { action in
            "the policy allows `\(action)`, every action of " + (action == "*" ? "every service" : "`\(action.dropLast(2))`")
        })
        #expect(expected == ["*", "s3:*", ":*", "s3\u{301}:*"])
    }
}
