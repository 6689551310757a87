import APISpecTestSupport
import Foundation
import Testing

/// docs/man/apispec.1 comes from swift-argument-parser's generate-manual plugin
/// (`swift package plugin generate-manual`, see README). The plugin needs a release build,
/// too slow for every test run, so this guards the page against the CLI it describes:
/// every subcommand and every option of `--help` must appear in it.
@Suite struct ManualPageTests {
    static let page = (try? String(contentsOf: PackagePaths.root.appendingPathComponent("docs/man/apispec.1"), encoding: .utf8)) ?? ""

    @Test(arguments: ["validate", "emit", "rules", "explain", "init", "serve"])
    func pageDescribesTheSubcommandAndItsOptions(_ command: String) throws {
        #expect(Self.page.contains(".It Em \(command)\n"), "regenerate docs/man/apispec.1")
        let help = try CLI().run(command, "--help")
        #expect(help.exitCode == 0)
        let options = help.stdout.split(whereSeparator: \.isWhitespace)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",<>[]")) }
            .filter { $0.hasPrefix("--") && $0 != "--help" }
        #expect(!options.isEmpty || command == "rules")
        for option in Set(options) {
            let name = String(option.dropFirst(2))
            #expect(Self.page.contains("Fl -\(name)") || Self.page.contains("-\(name)"),
                    "\(command) \(option) is missing from docs/man/apispec.1; regenerate it")
        }
    }
}
