import ArgumentParser

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a commented starter spec that validates clean.")

    enum APIProtocol: String, ExpressibleByArgument, CaseIterable {
        case http, rest, websocket
    }

    @Option(name: .customLong("protocol"), help: "http, rest or websocket.")
    var apiProtocol: APIProtocol = .http

    @Option(name: .shortAndLong, help: "Where to write it (`-` for stdout).")
    var output = "api.yaml"

    @Flag(help: "Replace an existing file.")
    var force = false

    func run() throws {
        let text = StarterSpec.text(for: apiProtocol)
        if output == "-" { return Console.out(text) }
        if FileManager.default.fileExists(atPath: output), !force {
            throw UsageFailure("\(output) already exists; use --force to replace it or -o to choose another path")
        }
        try AtomicFile.write(text, to: output)
        Console.error("wrote \(output); next: apispec validate \(output)\n")
    }
}
