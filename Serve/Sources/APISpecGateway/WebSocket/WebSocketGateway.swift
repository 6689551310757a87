import Foundation
import HummingbirdWebSocket
import Logging
import NIOCore
import Synchronization
import APISpecRunConfig

/// WebSocket APIs: `$connect` decides whether the upgrade happens, each message goes to the
/// route its selection expression names (else `$default`), and `$disconnect` hears the end.
final class WebSocketGateway: Sendable {
    typealias Handler = WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>

    let config: RunConfig
    let functions: FunctionRunner
    let authorization: Authorization
    let connections: ConnectionRegistry
    let logger: Logger
    private let routes: [String: RunConfig.Route]
    private let selection: RouteSelection
    /// Refused handshakes by channel: the HTTP side sends these answers.
    private let refusals = Mutex<[ObjectIdentifier: GatewayResponse]>([:])

    /// API Gateway's limit for one WebSocket message.
    static let maxMessage = 128 * 1024

    init(config: RunConfig, functions: FunctionRunner, authorization: Authorization, connections: ConnectionRegistry, logger: Logger) {
        self.config = config
        self.functions = functions
        self.authorization = authorization
        self.connections = connections
        self.logger = logger
        self.routes = Dictionary(config.routes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.selection = RouteSelection(config.api.routeSelection ?? "$request.body.action")
    }

    /// The answer for a handshake `shouldUpgrade` refused on this channel, once.
    func takeRefusal(_ channel: ObjectIdentifier) -> GatewayResponse? {
        refusals.withLock { $0.removeValue(forKey: channel) }
    }

    func shouldUpgrade(_ request: GatewayRequest, channel: ObjectIdentifier) async -> ShouldUpgradeResult<Handler> {
        let stagePath = "/" + config.stage.name
        guard request.rawPath == stagePath || request.rawPath == stagePath + "/" else { return .dontUpgrade }
        let started = ContinuousClock.now
        var connection = WebSocketEvent.Connection(
            id: WebSocketEvent.connectionStyleId(), connectedAt: Date(), sourceIp: request.sourceIp,
            userAgent: request.header("user-agent"), host: request.host, authorizer: nil)
        if let route = routes["$connect"] {
            switch await authorization.check(request, route: route) {
            case .denied(let response):
                return refuse(response, channel: channel)
            case .allowed(let authorizer):
                connection = WebSocketEvent.Connection(
                    id: connection.id, connectedAt: connection.connectedAt, sourceIp: connection.sourceIp,
                    userAgent: connection.userAgent, host: connection.host, authorizer: authorizer)
            }
            let event = WebSocketEvent.connect(request, connection: connection, config: config)
            if let refusal = await run(route, event: event, what: "$connect", started: started) {
                return refuse(refusal, channel: channel)
            }
        }
        let accepted = connection
        return .upgrade([:]) { inbound, outbound, _ in
            await self.connections.add(accepted.id, ConnectionRegistry.Connection(
                outbound: outbound, connectedAt: accepted.connectedAt, sourceIp: accepted.sourceIp,
                userAgent: accepted.userAgent, authorizer: accepted.authorizer, lastActiveAt: Date()))
            do {
                for try await message in inbound.messages(maxSize: Self.maxMessage) {
                    await self.receive(message, on: accepted, outbound: outbound)
                }
            } catch {
                self.logger.info("WebSocket \(accepted.id) ended: \(error)")
            }
            await self.connections.remove(accepted.id)
            if let route = self.routes["$disconnect"] {
                let event = WebSocketEvent.disconnect(
                    request, connection: accepted, config: self.config, statusCode: 1000,
                    reason: "Client-side close frame status set to 1000")
                _ = await self.run(route, event: event, what: "$disconnect", started: .now)
            }
        }
    }

    private func refuse(_ response: GatewayResponse, channel: ObjectIdentifier) -> ShouldUpgradeResult<Handler> {
        refusals.withLock { $0[channel] = response }
        return .dontUpgrade
    }

    private func receive(_ message: WebSocketMessage, on connection: WebSocketEvent.Connection, outbound: WebSocketOutboundWriter) async {
        await connections.touch(connection.id)
        let started = ContinuousClock.now
        let bytes: [UInt8]
        let body: ProxyBody
        switch message {
        case .text(let text):
            bytes = Array(text.utf8)
            body = ProxyBody(text: text, isBase64Encoded: false)
        case .binary(let buffer):
            bytes = Array(buffer: buffer)
            body = ProxyBody(text: Data(bytes).base64EncodedString(), isBase64Encoded: true)
        }
        let requestId = WebSocketEvent.connectionStyleId()
        let selected = selection.routeKey(for: bytes).flatMap { routes[$0] } ?? routes["$default"]
        guard let route = selected else {
            await reply(["message": "Forbidden", "connectionId": .string(connection.id), "requestId": .string(requestId)], outbound)
            return
        }
        let event = WebSocketEvent.message(body, routeKey: route.key, connection: connection, requestId: requestId, config: config)
        if await run(route, event: event, what: route.key, started: started) != nil {
            await reply(["message": "Internal server error", "connectionId": .string(connection.id), "requestId": .string(requestId)], outbound)
        }
    }

    private func reply(_ message: JSON, _ outbound: WebSocketOutboundWriter) async {
        try? await outbound.write(.text(message.text))
    }

    /// Runs a route's function; nil when it succeeded, else the answer for the client.
    private func run(_ route: RunConfig.Route, event: JSON, what: String, started: ContinuousClock.Instant) async -> GatewayResponse? {
        guard case .function(let name, _) = route.integration else {
            return nil
        }
        let functions = self.functions
        let payload = event.serialized
        let outcome = await withDeadline(milliseconds: route.timeoutMilliseconds) { await functions.invoke(name, payload: payload) }
        let log = RequestLog(function: name, cold: outcome?.cold)
        var status = 200
        defer { log.write(method: "WS", path: what, status: status, since: started, to: logger) }
        guard let outcome else {
            status = 504
            return .integrationTimedOut(.websocket)
        }
        guard case .success(let payload) = outcome.result else {
            status = 500
            logger.error("\(name) failed: \(outcome.result)")
            return .message(500, "Internal Server Error")
        }
        // A $connect answer that is not 2xx refuses the connection with that status.
        if let answer = JSON.parse(payload), let code = answer["statusCode"]?.int, !(200..<300).contains(code) {
            status = code
            return GatewayResponse(status: code, body: Array((answer["body"]?.string ?? "").utf8))
        }
        return nil
    }
}
