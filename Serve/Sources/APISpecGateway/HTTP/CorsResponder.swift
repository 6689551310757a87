import APISpecRunConfig

/// CORS as API Gateway does it from the API's policy: it answers preflights itself (HTTP
/// APIs for any path, REST APIs through the generated OPTIONS methods of existing paths) and
/// adds the allow headers to answers for allowed origins.
struct CorsResponder: Sendable {
    let policy: RunConfig.Cors
    let api: RunConfig.API.ProtocolType

    /// The preflight answer, or nil when the request is not a preflight.
    func preflight(_ request: GatewayRequest, routeExists: Bool) -> GatewayResponse? {
        guard isPreflight(request), let origin = request.header("origin") else { return nil }
        if api == .rest, !routeExists { return nil }
        var response = GatewayResponse(status: api == .rest ? 200 : 204)
        guard allows(origin) else { return response }
        response.headers.append(("access-control-allow-origin", allowOriginValue(origin)))
        let methods = policy.allowMethods.isEmpty ? ["*"] : policy.allowMethods
        response.headers.append(("access-control-allow-methods", methods.joined(separator: ",")))
        if policy.allowHeaders == ["*"], let asked = request.header("access-control-request-headers") {
            response.headers.append(("access-control-allow-headers", asked))
        } else if !policy.allowHeaders.isEmpty {
            response.headers.append(("access-control-allow-headers", policy.allowHeaders.joined(separator: ",")))
        }
        if let maxAge = policy.maxAge { response.headers.append(("access-control-max-age", String(maxAge))) }
        if policy.allowCredentials { response.headers.append(("access-control-allow-credentials", "true")) }
        return response
    }

    /// Adds the allow headers to an answer for an allowed origin (HTTP APIs replace what the
    /// integration set; REST keeps an integration's own).
    func decorate(_ response: inout GatewayResponse, for request: GatewayRequest) {
        guard !isPreflight(request), let origin = request.header("origin"), allows(origin) else { return }
        if api == .rest, response.header("access-control-allow-origin") != nil { return }
        response.headers.removeAll { $0.name.lowercased().hasPrefix("access-control-") }
        response.headers.append(("access-control-allow-origin", allowOriginValue(origin)))
        if !policy.exposeHeaders.isEmpty {
            response.headers.append(("access-control-expose-headers", policy.exposeHeaders.joined(separator: ",")))
        }
        if policy.allowCredentials { response.headers.append(("access-control-allow-credentials", "true")) }
    }

    private func isPreflight(_ request: GatewayRequest) -> Bool {
        request.method == "OPTIONS" && request.header("origin") != nil
            && request.header("access-control-request-method") != nil
    }

    private func allows(_ origin: String) -> Bool {
        policy.allowOrigins.contains("*") || policy.allowOrigins.contains(origin)
    }

    /// `*` unless credentials are allowed, which browsers only accept with the exact origin.
    private func allowOriginValue(_ origin: String) -> String {
        policy.allowOrigins.contains("*") && !policy.allowCredentials ? "*" : origin
    }
}
