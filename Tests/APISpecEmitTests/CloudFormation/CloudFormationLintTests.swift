import APISpecTestSupport
import Foundation
import Testing
@testable import APISpecEmit

/// The real cfn-lint over every emitted template: no errors, and no warning the docs do not
/// accept with a reason.
struct CloudFormationLintTests {
    struct Finding: CustomStringConvertible {
        var file: String
        var line: String
        var rule: String
        var message: String
        var description: String { "\(file):\(line) \(rule) \(message)" }
    }

    @Test func everyTemplatePassesCFNLint() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cfn-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var files: [String] = []
        for fixture in CloudFormationCase.all {
            let file = scratch.appendingPathComponent(fixture.name.replacing("/", with: "-") + ".json")
            try fixture.emit().write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let result = try OutsideTool.run("cfn-lint", ["--format", "parseable", "--"] + files)
        let findings = result.stdout.split(separator: "\n").compactMap(Self.finding)
        // cfn-lint's exit code is a bit set of error (2), warning (4) and info (8); 1 means it failed to run.
        try #require(result.exitCode & 1 == 0, "cfn-lint failed to run: \(result.output)")
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
