import APISpecCore
import APISpecEmit
import APISpecRunConfig
import ArgumentParser

/// `apispec serve`: runs the API locally from a spec (one stage of it) or from a run config
/// written by `apispec emit --local`. This command checks the spec and builds the run config;
/// the local gateway, a separate program, serves it (see `GatewayHandover`).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the API locally: API Gateway in front, your functions behind the Lambda Runtime API.",
        discussion: """
            SPEC is a spec, or a run config (.json) from `apispec emit --local`. Ctrl-C ends the server and every function process.
            The server is a separate program, apispec-serve (the Serve package of the apispec repository), so the compiler stays \
            small: it is found through APISPEC_SERVE, beside apispec, or on PATH.
            """
    )

    @Argument(help: "The spec or run config. Default: api.yaml, then apispec.yaml.")
    var spec: String?

    @Option(help: "The stage to serve (default: local.stage, else the first stage).")
    var stage: String?

    @Option(help: "Port to listen on (default: local.port, else 3000; 0 picks a free one).")
    var port: Int?

    @Option(help: "Address to listen on (default: local.host, else 127.0.0.1).")
    var host: String?

    @Option(name: InputOptions.maxSizeName, help: InputOptions.maxSizeHelp)
    var maxSize: Int?

    private var input: InputOptions { InputOptions(maxSize: maxSize) }

    func run() throws {
        var config = try loadConfig()
        if let port { config.server.port = port }
        if let host { config.server.host = host }
        try GatewayHandover.exec(config)
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
        let result = SpecCheck.run(
            consume bytes, path: input.displayName(path), limits: input.limits, quoting: input.quoting(path),
            rules: SpecCheck.rulesWithoutTemplate)
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
