import APISpecValidation
import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every rule: id, severity and what it finds.")

    func run() throws {
        let rules = SpecCheck.listedRules
        let width = rules.map(\.id.count).max() ?? 0
        let lines = rules.map { rule in
            let padding = String(repeating: " ", count: width - rule.id.count)
            let severity = rule.severity == .error ? "error  " : "warning"
            return "\(rule.id)\(padding)  \(severity)  \(rule.summary)\n"
        }
        Console.out(lines.joined())
    }
}
