import ArgumentParser
import Foundation

@main
struct APISpecCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apispec",
        abstract: "Validate and compile API Gateway + Lambda specs.",
        version: APISpecVersion.current,
        subcommands: [ValidateCommand.self, EmitCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self, ServeCommand.self]
    )

    /// Like ArgumentParser's own entry point, except that usage errors exit 2 (not 64),
    /// as documented: 0 clean, 1 spec errors, 2 usage or I/O problems.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as UsageFailure {
            Console.error("apispec: \(failure)\n")
            Foundation.exit(Exit.usage)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Console.error(fullMessage(for: error) + "\n")
                Foundation.exit(Exit.usage)
            }
            exit(withError: error)
        }
    }
}

enum APISpecVersion {
    static let current = "0.1.0"
}
