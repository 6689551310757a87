import ArgumentParser

struct EmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "emit", abstract: "Write CloudFormation, OpenAPI or the local run config.")
}
