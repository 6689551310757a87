import Foundation
import APISpecRunConfig

/// A Lambda authorizer: TOKEN or REQUEST events, IAM-policy or simple answers, decisions
/// cached by identity for `resultTtl` seconds.
struct LambdaAuthorizer: Sendable {
    let settings: RunConfig.Authorizer
    let config: RunConfig
    let functions: FunctionRunner
    private let cache = DecisionCache()

    init(settings: RunConfig.Authorizer, config: RunConfig, functions: FunctionRunner) {
        self.settings = settings
        self.config = config
        self.functions = functions
    }

    func check(_ request: GatewayRequest, match: RouteTable.Match) async -> Authorization.Decision {
        guard let identity = IdentitySource.values(settings.identitySource, request: request, config: config) else {
            return .denied(.unauthorized)
        }
        if settings.token, let pattern = settings.tokenPattern,
            identity[0].range(of: pattern, options: .regularExpression) == nil
        {
            return .denied(.unauthorized)
        }
        let cacheKey = identity.joined(separator: "\u{0}")
        if settings.resultTtl > 0, let cached = await cache.decision(for: cacheKey) { return cached }
        let decision = await ask(request, match: match, identity: identity)
        if settings.resultTtl > 0, case .allowed = decision {
            await cache.store(decision, for: cacheKey, seconds: settings.resultTtl)
        } else if settings.resultTtl > 0, case .denied(let response) = decision, response.status == 403 {
            await cache.store(decision, for: cacheKey, seconds: settings.resultTtl)
        }
        return decision
    }

    private func ask(_ request: GatewayRequest, match: RouteTable.Match, identity: [String]) async -> Authorization.Decision {
        let route = match.route
        guard let function = settings.function else { return .denied(.message(500, "Internal Server Error")) }
        let event = self.event(request, match: match, identity: identity)
        let outcome = await functions.invoke(function, payload: event.serialized)
        guard case .success(let payload) = outcome.result, let answer = JSON.parse(payload) else {
            // A failing authorizer is a 500 on both API types (AuthorizerConfigurationException).
            return .denied(.message(500, "Internal Server Error"))
        }
        if settings.simpleResponses {
            guard let authorized = answer["isAuthorized"]?.bool else { return .denied(.message(500, "Internal Server Error")) }
            return authorized ? .allowed(.lambda(principalId: nil, context: answer["context"]?.object ?? [:])) : .denied(.forbidden)
        }
        guard let policy = answer["policyDocument"], let effect = Self.effect(of: policy, for: methodArn(request, route: route)) else {
            return .denied(config.api.protocol == .rest ? .unauthorized : .message(500, "Internal Server Error"))
        }
        guard effect == "Allow" else { return .denied(config.api.protocol == .rest ? .explicitDeny : .forbidden) }
        return .allowed(.lambda(principalId: answer["principalId"]?.string, context: answer["context"]?.object ?? [:]))
    }

    /// `arn:aws:execute-api:REGION:ACCOUNT:API/STAGE/METHOD/PATH`, what policies name.
    func methodArn(_ request: GatewayRequest, route: RunConfig.Route) -> String {
        let parts = route.key.split(separator: " ", maxSplits: 1)
        let resource = parts.count == 2 ? "\(request.method)\(parts[1])" : route.key
        return "arn:aws:execute-api:us-east-1:\(GatewayIdentity.accountId):\(GatewayIdentity.apiId(config))/\(config.stage.name)/\(resource)"
    }

    /// The policy's answer for `arn`: Deny wins over Allow; nil when no statement names it.
    static func effect(of policy: JSON, for arn: String) -> String? {
        let statements = policy["Statement"]?.array ?? (policy["Statement"].map { [$0] } ?? [])
        var effect: String?
        for statement in statements {
            let resources = statement["Resource"]?.array?.compactMap(\.string) ?? [statement["Resource"]?.string].compactMap { $0 }
            guard resources.contains(where: { ArnPattern.matches(arn, pattern: $0) }) else { continue }
            if statement["Effect"]?.string == "Deny" { return "Deny" }
            if statement["Effect"]?.string == "Allow" { effect = "Allow" }
        }
        return effect
    }

    private func event(_ request: GatewayRequest, match: RouteTable.Match, identity: [String]) -> JSON {
        let arn = methodArn(request, route: match.route)
        if settings.token {
            return ["type": "TOKEN", "authorizationToken": .string(identity[0]), "methodArn": .string(arn)]
        }
        let body = ProxyBody(request, config: config)
        if settings.payloadVersion == "2.0" {
            guard case .object(var event) = ProxyEventV2.make(request, match: match, config: config, authorizer: nil, body: body) else { return nil }
            event["type"] = "REQUEST"
            event["routeArn"] = .string(arn)
            event["identitySource"] = .array(identity.map(JSON.string))
            event["body"] = nil
            return .object(event)
        }
        guard case .object(var event) = ProxyEventV1.make(
            request, pathBelowStage: StagePath.below(request.rawPath, stage: config.stage.name) ?? request.rawPath, match: match,
            config: config, authorizer: nil, body: body)
        else { return nil }
        event["type"] = "REQUEST"
        event["methodArn"] = .string(arn)
        event["body"] = nil
        return .object(event)
    }
}
