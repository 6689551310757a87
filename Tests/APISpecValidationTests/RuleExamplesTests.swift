import APISpecCore
import APISpecTestSupport
import Testing

@testable import APISpecValidation

/// Every rule's own examples, run through the whole pipeline (YAML -> decoder ->
/// rules): the examples `apispec explain` prints are the rule's tests.
@Suite struct RuleExamplesTests {
    static let cases: [(rule: String, index: Int)] = RuleRegistry.all.flatMap { rule in
        rule.examples.indices.map { (rule.id, $0) }
    }

    @Test(arguments: cases)
    func example(rule id: String, index: Int) throws {
        let rule = try #require(RuleRegistry.rule(id))
        let example = rule.examples[index]
        let marked = MarkedText(example.marked)
        #expect(marked.text == example.yaml)

        let result = Validator.check(Array(marked.text.utf8), path: "example.yaml")
        let ruleIds = Set(RuleRegistry.all.map(\.id))
        let frontEnd = result.diagnostics.filter { !ruleIds.contains($0.id) }
        #expect(frontEnd.isEmpty, "example \(index) of \(id) is not a valid spec: \(frontEnd.map(describe))")

        let found = result.diagnostics.filter { $0.id == id }
        let positions = found.map { MarkedText.Position(line: $0.location.line, column: $0.location.column) }
        if example.triggers {
            #expect(!marked.positions.isEmpty, "a triggering example needs at least one ↓ marker")
            #expect(positions.sorted() == marked.positions.sorted(), "\(found.map(describe))")
        } else {
            #expect(found.isEmpty, "\(found.map(describe))")
            #expect(marked.positions.isEmpty, "a non-triggering example has no markers")
        }
        for diagnostic in found {
            #expect(diagnostic.severity == rule.severity)
            #expect(diagnostic.hint?.isEmpty == false, "every finding says how to fix it")
        }
    }

    private func describe(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.location.line):\(diagnostic.location.column) [\(diagnostic.id)] \(diagnostic.message)"
    }
}
