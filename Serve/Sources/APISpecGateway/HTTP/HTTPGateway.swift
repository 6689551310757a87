import Foundation
import Logging
import APISpecRunConfig

/// API Gateway's request path for HTTP and REST APIs: stage, route, CORS, auth, integration,
/// and the answers API Gateway gives itself when one of them says no.
final class HTTPGateway: Sendable {
    let config: RunConfig
    let routes: RouteTable
    let functions: FunctionRunner
    let authorization: Authorization
    let proxy: HTTPProxy
    let cors: CorsResponder?
    /// WebSocket APIs only: the management API for open connections.
    let connectionsAPI: ConnectionsAPI?
    let logger: Logger

    /// API Gateway's payload limit for requests.
    static let maxBody = 10 * 1024 * 1024

    init(
        config: RunConfig, functions: FunctionRunner, authorization: Authorization, proxy: HTTPProxy,
        connections: ConnectionRegistry?, logger: Logger
    ) {
        self.config = config
        self.routes = RouteTable(routes: config.routes)
        self.functions = functions
        self.authorization = authorization
        self.connectionsAPI = connections.map(ConnectionsAPI.init)
        self.proxy = proxy
        self.cors = config.cors.map { CorsResponder(policy: $0, api: config.api.protocol) }
        self.logger = logger
    }

    func handle(_ request: GatewayRequest) async -> GatewayResponse {
        let started = ContinuousClock.now
        var log = RequestLog()
        var response = await answer(request, log: &log)
        cors?.decorate(&response, for: request)
        response.headers.append(config.api.protocol == .rest ? ("x-amzn-RequestId", request.requestId) : ("apigw-requestid", request.requestId))
        log.write(method: request.method, path: request.rawPath, status: response.status, since: started, to: logger)
        return response
    }

    private func answer(_ request: GatewayRequest, log: inout RequestLog) async -> GatewayResponse {
        let api = config.api.protocol
        if request.body.count > Self.maxBody { return .tooLarge(api) }
        guard let path = StagePath.below(request.rawPath, stage: config.stage.name) else { return .noRoute(api) }
        if let connectionsAPI {
            // A WebSocket API answers plain HTTP only on its management API.
            return await connectionsAPI.answer(request, path: path) ?? .forbidden
        }
        let match = routes.match(method: request.method, path: path)
        if let cors, let preflight = cors.preflight(request, routeExists: match != nil || !routes.methods(forPath: path).isEmpty) {
            return preflight
        }
        guard let match else { return .noRoute(api) }

        let authorizer: AuthorizerContext?
        switch await authorization.check(request, route: match.route, match: match) {
        case .allowed(let context): authorizer = context
        case .denied(let response): return response
        }

        switch match.route.integration {
        case .function(let name, let payloadVersion):
            log.function = name
            let body = ProxyBody(request, config: config)
            let event = payloadVersion == "1.0"
                ? ProxyEventV1.make(request, pathBelowStage: path, match: match, config: config, authorizer: authorizer, body: body)
                : ProxyEventV2.make(request, match: match, config: config, authorizer: authorizer, body: body)
            let functions = self.functions
            let payload = event.serialized
            guard let outcome = await withDeadline(milliseconds: match.route.timeoutMilliseconds, { await functions.invoke(name, payload: payload) }) else {
                logger.error("\(name): integration timed out after \(match.route.timeoutMilliseconds) ms")
                return .integrationTimedOut(api)
            }
            log.cold = outcome.cold
            return response(from: outcome.result, function: name, payloadVersion: payloadVersion)
        case .http(let url, let method):
            return await proxy.forward(request, to: url, method: method, match: match, timeoutMilliseconds: match.route.timeoutMilliseconds, api: api)
        case .mock(let status, let headers, let body):
            return GatewayResponse(status: status, headers: headers.entries.map { ($0.key, $0.value) }, body: Array((body ?? "").utf8))
        case .aws(let service, let action):
            logger.error("AWS service integration \(service) \(action ?? "") cannot run locally")
            return .message(500, "Internal Server Error")
        }
    }

    private func response(from result: InvocationResult, function: String, payloadVersion: String) -> GatewayResponse {
        switch result {
        case .success(let payload):
            let mapped = payloadVersion == "1.0" ? ProxyResponse.versionOne(payload) : ProxyResponse.versionTwo(payload)
            if let mapped { return mapped }
            logger.error("\(function) returned a malformed Lambda proxy response")
        case .functionError(let type, let body):
            logger.error("\(function) failed: \(type): \(String(decoding: body.prefix(2000), as: UTF8.self))")
        case .failed(let reason):
            logger.error("\(function) failed: \(reason)")
        }
        return .functionFailed(config.api.protocol)
    }
}
