import ArgumentParser

@main
struct APISpecCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apispec",
        abstract: "Validate and compile API Gateway + Lambda specs.",
        version: APISpecVersion.current,
        subcommands: [ValidateCommand.self, EmitCommand.self, RulesCommand.self, ExplainCommand.self]
    )
}

enum APISpecVersion {
    static let current = "0.1.0"
}
