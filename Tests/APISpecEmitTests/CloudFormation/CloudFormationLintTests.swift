import APISpecCore
import APISpecTestSupport
import APISpecValidation
import Foundation
import Testing
@testable import APISpecEmit

/// The real cfn-lint over emitted templates: no errors, and no warning the docs do not
/// accept with a reason.
struct CloudFormationLintTests {
    struct Finding: CustomStringConvertible {
        var file: String
        var line: String
        var rule: String
        var message: String
        var description: String { "\(file):\(line) \(rule) \(message)" }
    }

    @Test func everyGoldenTemplatePassesCFNLint() throws {
        try Self.lint(CloudFormationCase.all.map { ($0.name, try $0.emit()) })
    }

    /// `--stage` leaves out other stages and what only they use; what stays must still fit.
    @Test func everyOneStageTemplatePassesCFNLint() throws {
        var templates: [(String, String)] = []
        for fixture in CloudFormationCase.fixtures {
            let spec = try fixture.load()
            for stage in spec.effectiveStages.keys {
                templates.append(("\(fixture.name)-\(stage)", try CloudFormationEmitter.emit(spec, stage: stage)))
            }
        }
        try Self.lint(templates)
    }

    /// The validator's examples are small specs of every shape; those without errors are
    /// specs `emit` accepts, so their templates must pass too.
    @Test func theTemplatesOfTheValidatorsExamplesPassCFNLint() throws {
        var templates: [(String, String)] = []
        for rule in RuleRegistry.all {
            for (index, example) in rule.examples.enumerated() {
                let result = Validator.check(Array(example.yaml.utf8), path: "example.yaml")
                guard let spec = result.spec, !result.diagnostics.hasErrors else { continue }
                templates.append(("\(rule.id)-\(index)", try CloudFormationEmitter.emit(spec, stage: nil)))
            }
        }
        #expect(templates.count > 20)
        try Self.lint(templates)
    }

    static func lint(_ templates: [(name: String, text: String)]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cfn-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var files: [String] = []
        for template in templates {
            let file = scratch.appendingPathComponent(template.name.replacing("/", with: "-") + ".json")
            try template.text.write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let result = try OutsideTool.run("cfn-lint", ["--format", "parseable", "--"] + files)
        // cfn-lint's exit code is a bit set of error (2), warning (4) and info (8); 1 means it failed to run.
        try #require(result.exitCode & 1 == 0, "cfn-lint failed to run: \(result.output)")
        let findings = result.stdout.split(separator: "\n").compactMap(finding)
        let accepted = try CloudFormationDocs.acceptedLintWarnings()
        let errors = findings.filter { !$0.rule.hasPrefix("W") && !$0.rule.hasPrefix("I") }
        let unexplained = findings.filter { $0.rule.hasPrefix("W") && !accepted.contains($0.rule) }
        #expect(errors.isEmpty, "cfn-lint errors:\n\(errors.map(\.description).joined(separator: "\n"))")
        #expect(unexplained.isEmpty, """
            cfn-lint warnings not accepted in docs/cloudformation.md:
            \(unexplained.map(\.description).joined(separator: "\n"))
            """)
    }

    /// `file:line:column:endLine:endColumn:rule:message`.
    static func finding(_ line: Substring) -> Finding? {
        let parts = line.split(separator: ":", maxSplits: 6, omittingEmptySubsequences: false)
        guard parts.count == 7 else { return nil }
        return Finding(file: String(parts[0]), line: String(parts[1]), rule: String(parts[5]), message: String(parts[6]))
    }
}
