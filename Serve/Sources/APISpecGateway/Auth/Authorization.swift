import APISpecRunConfig

/// Decides whether a request may reach its route: API keys, IAM, JWT and Lambda authorizers.
struct Authorization: Sendable {
    enum Decision: Sendable {
        case allowed(AuthorizerContext?)
        case denied(GatewayResponse)
    }

    let config: RunConfig
    let jwt: [String: JWTAuthorizer]
    let lambda: [String: LambdaAuthorizer]

    init(config: RunConfig, functions: FunctionRunner) {
        self.config = config
        var jwt: [String: JWTAuthorizer] = [:]
        var lambda: [String: LambdaAuthorizer] = [:]
        for entry in config.authorizers.entries {
            switch entry.value.type {
            case .jwt: jwt[entry.key] = JWTAuthorizer(settings: entry.value, config: config)
            case .lambda: lambda[entry.key] = LambdaAuthorizer(settings: entry.value, config: config, functions: functions)
            case .iam, .apiKey: break
            }
        }
        self.jwt = jwt
        self.lambda = lambda
    }

    /// `match` (HTTP and REST) gives Lambda authorizers the resource and path parameters.
    func check(_ request: GatewayRequest, route: RunConfig.Route, match: RouteTable.Match? = nil) async -> Decision {
        if route.apiKeyRequired, !hasValidAPIKey(request) { return .denied(.forbidden) }
        switch route.auth {
        case "none":
            return .allowed(nil)
        case "iam":
            return iam(request)
        case let name:
            if let authorizer = jwt[name] { return await authorizer.check(request, scopes: route.scopes) }
            if let authorizer = lambda[name] {
                let match = match ?? RouteTable.Match(route: route, resource: route.key, pathParameters: [:])
                return await authorizer.check(request, match: match)
            }
            switch config.authorizers[name]?.type {
            case .iam?: return iam(request)
            case .apiKey?: return hasValidAPIKey(request) ? .allowed(nil) : .denied(.forbidden)
            default: return .denied(.message(500, "Internal Server Error"))
            }
        }
    }

    private func hasValidAPIKey(_ request: GatewayRequest) -> Bool {
        guard let key = request.header("x-api-key") else { return false }
        return config.apiKeys.entries.contains { $0.value == key }
    }

    /// IAM locally: a SigV4 `Authorization` header must be present; with no AWS credentials to
    /// check it against, its signature is not verified.
    private func iam(_ request: GatewayRequest) -> Decision {
        guard let header = request.header("authorization"), header.hasPrefix("AWS4-HMAC-SHA256 ") else {
            return .denied(config.api.protocol == .rest ? .message(403, "Missing Authentication Token") : .forbidden)
        }
        let credential = header.split(separator: " ").first { $0.hasPrefix("Credential=") }
        let accessKey = credential?.dropFirst("Credential=".count).split(separator: "/").first.map(String.init) ?? ""
        return .allowed(.iam(accessKey: accessKey))
    }
}
