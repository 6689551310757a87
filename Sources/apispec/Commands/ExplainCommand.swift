import APISpecCore
import APISpecValidation
import ArgumentParser

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain one rule, with examples that trigger it and that do not.")

    @Argument(help: "A rule id, for example route-without-auth.")
    var rule: String

    func run() throws {
        guard let found = SpecCheck.rules.first(where: { $0.id == rule }) else {
            let suggestion = Suggestion.closest(to: rule, in: SpecCheck.listedRules.map(\.id))
            Console.error("apispec: no rule `\(rule)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "") +
                          " (`apispec rules` lists them)\n")
            throw ExitCode(Exit.usage)
        }
        Console.out(Self.text(found))
    }

    /// The explanation page; also the source of the generated rule reference in docs/rules/.
    static func text(_ rule: any Rule) -> String {
        var out = "\(rule.id) (\(rule.severity.rawValue))\n\n\(rule.summary)\n\n\(rule.explanation)\n"
        for example in rule.examples {
            out += example.triggers ? "\nTriggers (↓ marks where):\n" : "\nDoes not trigger:\n"
            out += example.marked.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n")
            out += "\n"
        }
        return out
    }
}
