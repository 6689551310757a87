import ArgumentParser

@main
struct APISpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apispec",
        abstract: "Validate and compile API Gateway + Lambda specs.",
        version: APISpecVersion.current,
        subcommands: [ValidateCommand.self, EmitCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self, ServeCommand.self]
    )

    /// Like ArgumentParser's own entry point, except that usage errors exit 2 (not 64),
    /// as documented: 0 clean, 1 spec errors, 2 usage or I/O problems, and that the lines
    /// hooks and CI repeat are read without it (`PlainCommandLine`). Synchronous: no
    /// command awaits anything, so the concurrency runtime never has to start.
    static func main() {
        AllocatorSettings.apply()
        do {
            if let plain = PlainCommandLine.command(Array(CommandLine.arguments.dropFirst())) {
                try plain.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let failure as UsageFailure {
            Console.error("apispec: \(failure)\n")
            Exit.now(Exit.usage)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Console.error(fullMessage(for: error) + "\n")
                Exit.now(Exit.usage)
            }
            exit(withError: error)
        }
    }
}

enum APISpecVersion {
    static let current = "0.1.0"
}
