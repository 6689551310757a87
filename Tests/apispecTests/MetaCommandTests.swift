import APISpecEmit
import APISpecTestSupport
import APISpecValidation
import Foundation
import Testing

/// `apispec rules`, `apispec explain`, `apispec --version`.
@Suite struct MetaCommandTests {
    @Test func rulesListsEveryRegisteredRule() throws {
        let result = try CLI().run("rules")
        #expect(result.exitCode == 0)
        let ids = result.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        let registered = RuleRegistry.all + CloudFormationEmitter.cloudFormationRules
        #expect(ids == registered.map(\.id).sorted())
    }

    @Test func explainPrintsTheRulesOwnTextAndExamples() throws {
        let rule = try #require(RuleRegistry.rule("route-without-auth"))
        let result = try CLI().run("explain", "route-without-auth")
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains(rule.summary))
        #expect(result.stdout.contains("Triggers (↓ marks where):"))
        #expect(result.stdout.contains("Does not trigger:"))
    }

    @Test func explainSuggestsTheClosestRule() throws {
        let result = try CLI().run("explain", "route-without-aut")
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("did you mean `route-without-auth`?"))
    }

    @Test func versionIsPrinted() throws {
        let result = try CLI().run("--version")
        #expect(result.exitCode == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    /// Shell completions come from swift-argument-parser; bash's must parse (`bash -n`) and
    /// offer every subcommand and the options of `emit`.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsOfferTheSubcommands(_ shell: String) throws {
        let result = try CLI().run("--generate-completion-script", shell)
        #expect(result.exitCode == 0, "\(result.stderr)")
        for word in ["validate", "emit", "rules", "explain", "init", "serve", "cloudformation", "openapi"] {
            #expect(result.stdout.contains(word), "\(shell) completion lacks \(word)")
        }
        guard shell == "bash" else { return }
        let cli = try CLI()
        try cli.write("apispec.bash", result.stdout)
        let syntax = try OutsideTool.run(
            executable: URL(fileURLWithPath: "/bin/bash"), ["-n", cli.directory.appendingPathComponent("apispec.bash").path])
        #expect(syntax.exitCode == 0, "\(syntax.stderr)")
    }
}
