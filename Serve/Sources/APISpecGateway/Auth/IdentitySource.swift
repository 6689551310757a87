import APISpecRunConfig

/// Reads identity sources: `$request.header.X`, `$request.querystring.x`, `$stageVariables.x`,
/// `$context.x`, and REST's `method.request.header.X` / `method.request.querystring.x`
/// (WebSocket's `route.request...` too).
enum IdentitySource {
    /// The values in order, or nil when any is missing or empty: API Gateway then answers 401
    /// without calling the authorizer.
    static func values(_ sources: [String], request: GatewayRequest, config: RunConfig) -> [String]? {
        var values: [String] = []
        for source in sources {
            guard let value = value(source, request: request, config: config), !value.isEmpty else { return nil }
            values.append(value)
        }
        return values
    }

    static func value(_ source: String, request: GatewayRequest, config: RunConfig) -> String? {
        let normalized = source
            .replacingPrefix("method.request.", with: "$request.")
            .replacingPrefix("route.request.", with: "$request.")
        if let name = normalized.dropping("$request.header.") { return request.header(name) }
        if let name = normalized.dropping("$request.querystring.") {
            return request.queryParameters.last { $0.name == name }?.value
        }
        if let name = normalized.dropping("$stageVariables.") { return config.stage.variables[name] }
        if let name = normalized.dropping("$context.") {
            switch name {
            case "requestId": return request.requestId
            case "stage": return config.stage.name
            case "identity.sourceIp": return request.sourceIp
            default: return nil
            }
        }
        return nil
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }

    fileprivate func dropping(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
