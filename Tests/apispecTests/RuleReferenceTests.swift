import APISpecEmit
import APISpecTestSupport
import APISpecValidation
import Foundation
import Testing

/// docs/rules/ holds one reference page per rule, generated from the rule's own metadata
/// through `apispec explain`, so the pages, the CLI and SARIF's help text never drift apart.
/// `RECORD_SNAPSHOTS=1` rewrites the pages.
@Suite struct RuleReferenceTests {
    static let rules = (RuleRegistry.all + CloudFormationEmitter.cloudFormationRules).sorted { $0.id < $1.id }
    static let directory = PackagePaths.root.appendingPathComponent("docs/rules")

    static func page(_ id: String, explanation: String) -> String {
        "# `\(id)`\n\n```\n\(explanation)```\n"
    }

    @Test(arguments: rules.map(\.id)) func rulePageMatchesExplain(_ id: String) throws {
        let explained = try CLI().run("explain", id)
        #expect(explained.exitCode == 0)
        let expected = Self.page(id, explanation: explained.stdout)
        let url = Self.directory.appendingPathComponent("\(id).md")
        let onDisk = try ReviewedFile.text(at: url, recording: expected)
        #expect(onDisk == expected, "docs/rules/\(id).md is out of date; RECORD_SNAPSHOTS=1 rewrites it")
    }

    @Test func indexListsEveryRuleAndNothingElse() throws {
        let index = Self.rules.map { "- [`\($0.id)`](\($0.id).md) (\($0.severity.rawValue)): \($0.summary)\n" }.joined()
        let expected = "# Rules\n\nEvery check `apispec validate` runs, generated from the rules themselves.\n\n" + index
        let url = Self.directory.appendingPathComponent("README.md")
        #expect(try ReviewedFile.text(at: url, recording: expected) == expected)
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0 != "README.md" }
        #expect(Set(pages) == Set(Self.rules.map { "\($0.id).md" }))
    }
}
