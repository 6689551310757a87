import AsyncHTTPClient
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
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
        for warning in UnresolvedReferences.warnings(config) { logger.warning("\(warning)") }
        let functions = FunctionRunner(functions: config.functions, logger: logger)
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let authorization = Authorization(config: config, functions: functions)
        let connections = config.api.protocol == .websocket ? ConnectionRegistry() : nil
        let http = HTTPGateway(
            config: config, functions: functions, authorization: authorization, proxy: HTTPProxy(client: client),
            connections: connections, logger: logger)
        let webSocket = connections.map {
            WebSocketGateway(config: config, functions: functions, authorization: authorization, connections: $0, logger: logger)
        }
        var quiet = logger
        quiet.logLevel = .warning
        let server: HTTPServerBuilder = webSocket.map { webSocket in
            .http1WebSocketUpgrade { head, channel, _ in
                await webSocket.shouldUpgrade(GatewayRequest(handshake: head, channel: channel), channel: ObjectIdentifier(channel))
            }
        } ?? .http1()
        let app = Application(
            responder: GatewayResponder(gateway: http, webSocket: webSocket),
            server: server,
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
