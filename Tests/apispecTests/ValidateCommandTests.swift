import APISpecTestSupport
import Foundation
import Testing

/// `apispec validate` end to end: the built binary, its streams and exit codes.
@Suite struct ValidateCommandTests {
    @Test func cleanSpecExitsZeroWithASummary() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        let result = try cli.run("validate", "api.yaml")
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.stderr == "1 file checked: 0 errors, 0 warnings\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func withoutAnArgumentItReadsApiYamlThenApispecYaml() throws {
        let cli = try CLI()
        #expect(try cli.run("validate").exitCode == 2)
        try cli.write("apispec.yaml", Samples.clean)
        #expect(try cli.run("validate").exitCode == 0)
        try cli.write("api.yaml", "apispec: 1\n")
        #expect(try cli.run("validate").stderr.contains("api.yaml:1:1"))
    }

    /// The new user's three mistakes: one clear error each, at the right place, with a fix, and nothing else.
    @Test func typoWrongTypeAndUndefinedFunctionGiveOneErrorEach() throws {
        let marked = MarkedText("""
        apispec: 1
        name: pets
        functions:
          listPets:
            runtime: python3.12
            handler: pets.list
            ↓memroy: 256
          getPet:
            runtime: python3.12
            handler: pets.get
            timeout: ↓ten
        routes:
          GET /pets: {function: listPets, auth: none}
          GET /pets/{id}: {function: getPet, auth: none}
          DELETE /pets/{id}: {function: ↓deletePet, auth: iam}

        """)
        let cli = try CLI()
        try cli.write("api.yaml", marked.text)
        let result = try cli.run("validate", "api.yaml")
        #expect(result.exitCode == 1)
        let headers = result.stderr.split(separator: "\n").filter { $0.hasPrefix("api.yaml:") }
        #expect(headers.count == 3, "\(result.stderr)")
        let expected = [("unknown-key", "did you mean `memory`?"), ("wrong-type", "10"), ("unknown-function", "functions")]
        for ((id, hint), position) in zip(expected, marked.positions) {
            let header = headers.first { $0.hasPrefix("api.yaml:\(position.line):\(position.column): error:") }
            #expect(header?.hasSuffix("[\(id)]") == true, "\(id) at \(position): \(result.stderr)")
            #expect(result.stderr.contains(hint))
        }
        #expect(result.stderr.contains("1 file checked: 3 errors, 0 warnings"))
    }

    @Test func textOutputQuotesTheLineWithACaret() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean.replacingOccurrences(of: "auth: none", with: "auth: nobody"))
        let result = try cli.run("validate", "api.yaml")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains("[unknown-authorizer]") })
        #expect(lines[index].hasPrefix("api.yaml:6:"))
        #expect(lines[index + 1] == " 6 |   GET /pets: {function: listPets, auth: nobody}")
        let caret = lines[index + 2]
        #expect(caret.hasSuffix("^"))
        #expect(!result.stderr.contains("\u{1B}["), "no color when stderr is not a terminal")
    }

    @Test func warningsPassUnlessStrict() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.warning)
        let relaxed = try cli.run("validate", "api.yaml")
        #expect(relaxed.exitCode == 0)
        #expect(relaxed.stderr.contains("warning:"))
        #expect(try cli.run("validate", "--strict", "api.yaml").exitCode == 1)
    }

    @Test func quietPrintsErrorsOnly() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.warning)
        let result = try cli.run("validate", "--quiet", "api.yaml")
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test func readsStdinWithADash() throws {
        let cli = try CLI()
        let result = try cli.run("validate", "-", stdin: "apispec: 1\nname: x\nroutes: {}\nbogus: 1\n")
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("<stdin>:4:1: error: unknown key `bogus`"))
    }

    @Test func severalFilesAreCheckedTogether() throws {
        let cli = try CLI()
        try cli.write("a.yaml", Samples.clean)
        try cli.write("b.yaml", "apispec: 1\n")
        let result = try cli.run("validate", "a.yaml", "b.yaml")
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("2 files checked: 2 errors"))
    }

    @Test(arguments: [["validate", "missing.yaml"], ["validate", "--format", "xml", "api.yaml"], ["validate", "--nope"], ["validate", "."]])
    func usageAndIOProblemsExitTwo(_ arguments: [String]) throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        let result = try OutsideTool.run(executable: PackagePaths.apispecBinary, arguments, in: cli.directory)
        #expect(result.exitCode == 2, "\(result.output)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func jsonFormatIsStableAndOnStdout() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.warning)
        let result = try cli.run("validate", "--format", "json", "api.yaml")
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["errors"] as? Int == 0)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == object["warnings"] as? Int)
        let first = try #require(diagnostics.first)
        #expect(Set(first.keys).isSuperset(of: ["file", "line", "column", "severity", "id", "message"]))
        #expect(first["file"] as? String == "api.yaml")
    }

    @Test func sarifOutputConformsToTheOfficialSchema() throws {
        let cli = try CLI()
        let spec = Samples.warning + "x-ok: 1\nbogus: 2\n"
        try cli.write("api.yaml", spec)
        let result = try cli.run("validate", "--format", "sarif", "api.yaml")
        #expect(result.exitCode == 1)
        try cli.write("out.sarif", result.stdout)
        let schema = PackagePaths.root.appendingPathComponent("Tests/apispecTests/Fixtures/sarif-schema-2.1.0.json")
        let check = try OutsideTool.run("check-jsonschema", ["--schemafile", schema.path, cli.directory.appendingPathComponent("out.sarif").path])
        #expect(check.exitCode == 0, "\(check.output)")
        #expect(result.stdout.contains("\"ruleId\": \"unknown-key\""))
        let bogusLine = spec.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("bogus") }! + 1
        #expect(result.stdout.contains("\"startLine\": \(bogusLine)"))
    }

    @Test func githubFormatWritesWorkflowCommands() throws {
        let cli = try CLI()
        try cli.write("api.yaml", "apispec: 1\nname: x\nroutes: {}\nbogus: 1\n")
        let result = try cli.run("validate", "--format", "github", "api.yaml")
        #expect(result.stdout.hasPrefix("::error file=api.yaml,line=4,col=1,title=unknown-key::unknown key `bogus`"))
    }

    /// GitHub's toolkit escapes `%`, CR and LF everywhere, and `:` and `,` in properties,
    /// or the runner splits the command in the wrong place.
    @Test func githubFormatEscapesAsTheToolkitDoes() throws {
        let cli = try CLI()
        try cli.write("a,b:c%.yaml", "apispec: 1\nname: x\nroutes: {}\n\"50%\\r\\nkey\": 1\n")
        let result = try cli.run("validate", "--format", "github", "a,b:c%.yaml")
        #expect(result.stdout.hasPrefix("::error file=a%2Cb%3Ac%25.yaml,line=4,col=1,title=unknown-key::"), "\(result.stdout)")
        #expect(result.stdout.contains("50%25%0D%0Akey"), "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").count == 1, "one line for the one finding: \(result.stdout)")
    }
}
