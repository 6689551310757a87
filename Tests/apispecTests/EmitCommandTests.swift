import APISpecTestSupport
import Foundation
import Testing

/// `apispec emit` end to end: nothing written on errors, atomic files, drift checks, determinism.
@Suite struct EmitCommandTests {
    static let targets = ["--cloudformation", "--openapi"]

    @Test(arguments: targets) func stdoutAndOutputFileCarryTheSameDocument(_ target: String) throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        let printed = try cli.run("emit", target, "api.yaml")
        #expect(printed.exitCode == 0, "\(printed.output)")
        #expect(printed.stderr.isEmpty)
        #expect(try cli.run("emit", target, "api.yaml", "-o", "out.json").exitCode == 0)
        #expect(try cli.read("out.json") == printed.stdout)
        #expect(printed.stdout.hasSuffix("}\n"))
    }

    /// `emit --cloudformation -o` gets the template validation wrote into the output file as it
    /// measured it; stdout gets the one it kept. Every example, every stage and one stage.
    @Test(arguments: try PackagePaths.specFiles().map(\.lastPathComponent))
    func theTemplateWrittenWhileValidatingIsTheOnePrinted(_ name: String) throws {
        let cli = try CLI()
        try cli.write("api.yaml", try String(contentsOf: PackagePaths.specs.appendingPathComponent(name), encoding: .utf8))
        for stage in [[], ["--stage", "prod"]] {
            let printed = try cli.run(["emit", "--cloudformation", "api.yaml"] + stage)
            guard printed.exitCode == 0 else {
                #expect(!stage.isEmpty && printed.stderr.contains("unknown stage"), "\(name): \(printed.output)")
                continue
            }
            let written = try cli.run(["emit", "--cloudformation", "api.yaml", "-o", "out.json"] + stage)
            #expect(written.exitCode == 0, "\(name): \(written.output)")
            #expect(try cli.read("out.json") == printed.stdout, "\(name) \(stage)")
        }
    }

    /// A spec with errors from the decoder, from a rule, or (with `--strict`) a warning: the
    /// template validation may have written goes nowhere, and the old file stays.
    @Test(arguments: targets, [
        (Samples.clean + "bogus: 1\n", [String](), "[unknown-key]"),
        (Samples.clean.replacingOccurrences(of: "function: listPets", with: "function: nobody"), [], "[unknown-function]"),
        (Samples.warning, ["--strict"], "[stage-without-throttling]"),
    ])
    func aSpecWithErrorsWritesNothingAndKeepsTheOldFile(_ target: String, _ spec: (String, [String], String)) throws {
        let cli = try CLI()
        try cli.write("api.yaml", spec.0)
        try cli.write("out.json", "previous\n")
        let result = try cli.run(["emit", target, "api.yaml", "-o", "out.json"] + spec.1)
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(spec.2), "\(result.stderr)")
        #expect(try cli.read("out.json") == "previous\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        #expect(try cli.run(["emit", target, "api.yaml"] + spec.1).stdout.isEmpty)
    }

    @Test func strictRefusesToEmitWithWarnings() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.warning)
        #expect(try cli.run("emit", "--openapi", "api.yaml").exitCode == 0)
        #expect(try cli.run("emit", "--openapi", "--strict", "api.yaml").exitCode == 1)
    }

    /// The CloudFormation template's size rules are reported where a template is the question
    /// (`validate`, `emit --cloudformation`), not by the runs that write no template.
    @Test func onlyTheTemplateRunsReportTheTemplateSizeRules() throws {
        let cli = try CLI()
        // 200 functions (three resources each) and routes with 6 KB descriptions: past 500
        // resources and past 1 MB of template, under every other quota.
        let description = String(repeating: "lorem ipsum ", count: 500)
        try cli.write("api.yaml", (["apispec: 1", "name: large", "functions:"]
            + (0..<200).map { "  f\($0): {runtime: python3.12, handler: app.handler}" }
            + ["routes:"]
            + (0..<200).map { "  GET /items\($0): {function: f\($0), auth: none, description: \(description)}" }
        ).joined(separator: "\n"))
        let templateRules = ["[cloudformation-template-too-large]", "[cloudformation-too-many-resources]"]
        for command in [["validate", "api.yaml"], ["emit", "--cloudformation", "api.yaml", "-o", "t.json"]] {
            let result = try cli.run(command)
            #expect(result.exitCode == 0, "\(command): \(result.output)")
            for id in templateRules { #expect(result.output.contains(id), "\(command) reports \(id)") }
        }
        for target in ["--openapi", "--local"] {
            let result = try cli.run("emit", target, "api.yaml", "-o", "out.json")
            #expect(result.exitCode == 0, "\(target): \(result.output)")
            for id in templateRules { #expect(!result.stderr.contains(id), "\(target) reports \(id)") }
        }
    }

    @Test func checkReportsDriftWithoutWriting() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        #expect(try cli.run("emit", "--openapi", "api.yaml", "-o", "openapi.json").exitCode == 0)
        let fresh = try cli.run("emit", "--openapi", "api.yaml", "-o", "openapi.json", "--check")
        #expect(fresh.exitCode == 0, "\(fresh.output)")
        try cli.write("api.yaml", Samples.clean.replacingOccurrences(of: "name: pets", with: "name: pets2"))
        let stale = try cli.run("emit", "--openapi", "api.yaml", "-o", "openapi.json", "--check")
        #expect(stale.exitCode == 1)
        #expect(stale.stderr.contains("openapi.json is out of date"))
        #expect(try cli.read("openapi.json").contains("\"title\": \"pets\""))
        #expect(try cli.run("emit", "--openapi", "api.yaml", "--check").exitCode == 2, "--check needs -o")
    }

    @Test func unknownStageIsAUsageError() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        let result = try cli.run("emit", "--cloudformation", "api.yaml", "--stage", "nope")
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("nope"))
    }

    /// CI runs as root, where permissions do not stop a write: use paths that cannot exist.
    @Test(arguments: targets, ["afile/out.json", "/proc/apispec-out.json"])
    func anUnwritableOutputFailsCleanly(_ target: String, _ output: String) throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        try cli.write("afile", "a file, not a directory\n")
        let result = try cli.run("emit", target, "api.yaml", "-o", output)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("apispec: cannot write \(output)"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: targets) func outputIsByteIdenticalAcrossRunsLocalesAndTimeZones(_ target: String) throws {
        let cli = try CLI()
        let spec = try String(contentsOf: PackagePaths.specs.appendingPathComponent("ecommerce.yaml"), encoding: .utf8)
        try cli.write("api.yaml", spec)
        let first = try cli.run("emit", target, "api.yaml")
        #expect(first.exitCode == 0, "\(first.output)")
        let environments: [[String: String]] = [
            ["TZ": "Pacific/Chatham", "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"],
            ["TZ": "UTC", "LC_ALL": "C"],
            ["TZ": "Asia/Kolkata", "LC_ALL": "tr_TR.UTF-8", "HOME": "/nonexistent"],
        ]
        for environment in environments {
            #expect(try cli.run("emit", target, "api.yaml", environment: environment).stdout == first.stdout, "\(environment)")
        }
        for _ in 0..<100 {
            #expect(try cli.run("emit", target, "api.yaml").stdout == first.stdout)
        }
    }
}
