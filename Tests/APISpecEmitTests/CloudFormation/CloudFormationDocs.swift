import APISpecTestSupport
import Foundation

/// What docs/cloudformation.md promises, read by the tests that hold the emitter to it.
enum CloudFormationDocs {
    static let url = PackagePaths.root.appendingPathComponent("docs/cloudformation.md")

    static func text() throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The first back-quoted word of each list item or table row in section `heading`.
    static func entries(under heading: String) throws -> Set<String> {
        var inSection = false
        var entries: Set<String> = []
        for line in try text().split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { inSection = line.dropFirst(3) == heading }
            guard inSection, line.hasPrefix("- `") || line.hasPrefix("| `") else { continue }
            let afterTick = line.drop { $0 != "`" }.dropFirst()
            entries.insert(String(afterTick.prefix { $0 != "`" }))
        }
        return entries
    }

    /// cfn-lint warnings the templates keep on purpose, each with its reason in the docs.
    static func acceptedLintWarnings() throws -> Set<String> { try entries(under: "cfn-lint warnings") }

    /// Spec keys that cannot change the template, each with its reason in the docs.
    static func keysWithoutEffect() throws -> Set<String> { try entries(under: "Keys without effect on the template") }
}
