import APISpecCore
import Testing

@testable import APISpecValidation

@Suite struct RuleRegistryTests {
    /// Loader and decoder ids: a rule reusing one would be confused with them.
    static let frontEndIds: Set = [
        "yaml-syntax", "unknown-key", "wrong-type", "missing-key", "invalid-value", "duplicate-key", "empty-spec",
        "input-too-large", "nesting-too-deep", "too-many-aliases", "recursive-alias", "unknown-anchor",
        "invalid-encoding", "multiple-documents", "complex-key", "unsupported-version",
        "spec-changed",
    ]

    @Test func idsAreUniqueKebabCase() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)+/) != nil, "\(id) is not kebab-case")
            #expect(!Self.frontEndIds.contains(id), "\(id) is a loader or decoder id")
        }
    }

    @Test func everyRuleIsDocumented() {
        for rule in RuleRegistry.all {
            #expect(!rule.summary.isEmpty && !rule.summary.contains("\n"), "\(rule.id): summary is one line")
            #expect(rule.explanation.count > rule.summary.count, "\(rule.id): explanation says more than the summary")
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id) needs a triggering example")
            #expect(rule.examples.contains { !$0.triggers }, "\(rule.id) needs a non-triggering example")
        }
    }

    @Test func typeIsNamedAfterTheRule() {
        for rule in RuleRegistry.all {
            let typeName = String(describing: type(of: rule)).lowercased()
            #expect(typeName == rule.id.replacingOccurrences(of: "-", with: ""), "\(typeName) for \(rule.id)")
        }
    }

    @Test func lookupFindsRulesById() {
        #expect(RuleRegistry.rule("route-without-auth")?.severity == .error)
        #expect(RuleRegistry.rule("no-such-rule") == nil)
    }
}
