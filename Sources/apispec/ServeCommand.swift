import APISpecCore
import APISpecEmit
import APISpecGateway
import APISpecRunConfig
import ArgumentParser
import Foundation

/// `apispec serve`: runs the API locally from a spec (one stage of it) or from a run config
/// written by `apispec emit --local`.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the API locally: API Gateway in front, your functions behind the Lambda Runtime API.",
        discussion: "SPEC is a spec, or a run config (.json) from `apispec emit --local`. Ctrl-C ends the server and every function process."
    )

    @Argument(help: "The spec or run config. Default: api.yaml, then apispec.yaml.")
    var spec: String?

    @Option(help: "The stage to serve (default: local.stage, else the first stage).")
    var stage: String?

    @Option(help: "Port to listen on (default: local.port, else 3000; 0 picks a free one).")
    var port: Int?

    @Option(help: "Address to listen on (default: local.host, else 127.0.0.1).")
    var host: String?

    @OptionGroup var input: InputOptions

    func run() async throws {
        var config: RunConfig
        do {
            config = try loadConfig()
        } catch let failure as UsageFailure {
            Console.error("apispec: \(failure)\n")
            throw ExitCode(Exit.usage)
        }
        if let port { config.server.port = port }
        if let host { config.server.host = host }
        let served = config
        do {
            try await Gateway(config: config).run { port in
                Console.error("apispec: serving \(served.api.name) (stage \(served.stage.name)) on http://\(served.server.host):\(port)\n")
            }
        } catch {
            Console.error("apispec: cannot serve on \(config.server.host):\(config.server.port): \(error)\n")
            throw ExitCode(Exit.usage)
        }
    }

    private func loadConfig() throws -> RunConfig {
        let path = try spec ?? InputOptions.defaultSpecPath()
        let bytes = try input.read(path)
        if path.hasSuffix(".json") {
            do {
                return try JSONDecoder().decode(RunConfig.self, from: Data(bytes))
            } catch {
                throw UsageFailure("\(path) is not a run config: \(error)")
            }
        }
        let result = SpecCheck.run(bytes, path: input.displayName(path), limits: input.limits)
        let renderer = TextRenderer(color: Console.stderrUsesColor)
        Console.error(renderer.render(result.diagnostics, sources: [result.source.path: result.source]))
        guard let spec = result.spec, !result.diagnostics.hasErrors else {
            Console.error("apispec: not serving: fix the errors above first\n")
            throw ExitCode(Exit.specErrors)
        }
        do {
            return try LocalConfigEmitter.runConfig(spec, stage: stage, root: LocalConfigEmitter.directory(ofSpec: path))
        } catch let error as LocalEmitError {
            throw UsageFailure(error.description)
        }
    }
}
