import APISpecValidation
import Foundation
import Testing

/// docs/cloudformation.md's "What API Gateway cannot do" names the rules that reject what the
/// template leaves out: each name is a real rule, and the rules for settings a protocol lacks
/// are all named.
struct CloudFormationDocsRuleIdsTests {
    static let heading = "What API Gateway cannot do, and so the template does not say"

    /// Back-quoted kebab-case words of the section (key paths and values have no hyphens).
    static func namedRuleIds() throws -> Set<String> {
        var inSection = false
        var ids: Set<String> = []
        for line in try CloudFormationDocs.text().split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { inSection = line.dropFirst(3) == heading }
            guard inSection else { continue }
            for (index, piece) in line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            where index % 2 == 1 && piece.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)+/) != nil {
                ids.insert(String(piece))
            }
        }
        return ids
    }

    @Test func namedRulesExist() throws {
        let known = Set(RuleRegistry.all.map(\.id))
        let named = try Self.namedRuleIds()
        #expect(!named.isEmpty, "the section \(Self.heading) is missing or names no rule")
        #expect(named.subtracting(known).isEmpty, "not rules: \(named.subtracting(known).sorted())")
    }

    @Test func rulesForSettingsAProtocolLacksAreNamed() throws {
        let named = try Self.namedRuleIds()
        let expected: Set = [
            "tracing-requires-rest", "execution-logging-on-http", "result-ttl-on-websocket",
            "authorizer-without-audience", "result-ttl-on-jwt-authorizer", "audience-on-rest",
            "authorizer-setting-not-for-type", "token-pattern-without-token-header",
            "simple-responses-require-payload-2", "cognito-without-user-pools", "cognito-single-pool-on-http",
        ]
        #expect(expected.subtracting(named).isEmpty, "not named: \(expected.subtracting(named).sorted())")
    }
}
