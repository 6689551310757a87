import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule.")

    func run() throws {
        Console.out("rules\n")
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule, with examples.")

    @Argument(help: "A rule id, for example route-without-auth.")
    var rule: String

    func run() throws {
        Console.out("\(rule)\n")
    }
}
