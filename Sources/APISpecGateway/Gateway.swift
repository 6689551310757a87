import AsyncHTTPClient
import Hummingbird
import Logging
import APISpecRunConfig

/// `apispec serve`: runs one stage of an API from its run config, on loopback unless told otherwise.
public struct Gateway: Sendable {
    public let config: RunConfig
    let logger: Logger

    /// Logs go to stderr: stdout is left to the functions' callers' tools.
    public init(config: RunConfig) {
        self.config = config
        self.logger = Logger(label: "apispec") { StreamLogHandler.standardError(label: $0) }
    }

    /// Serves until SIGINT or SIGTERM (or the task is cancelled), then ends every function
    /// process. `onListening` gets the bound port (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let functions = FunctionRunner(functions: config.functions, logger: logger)
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let http = HTTPGateway(config: config, functions: functions, proxy: HTTPProxy(client: client), logger: logger)
        var quiet = logger
        quiet.logLevel = .warning
        let app = Application(
            responder: GatewayResponder(gateway: http),
            configuration: .init(address: .hostname(config.server.host, port: config.server.port), serverName: nil),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: quiet)
        let outcome: Result<Void, any Error>
        do {
            try await app.runService(gracefulShutdownSignals: [.sigint, .sigterm])
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        await functions.stop()
        try? await client.shutdown()
        try outcome.get()
    }
}
