import APISpecCore

/// What the operations of one document share, made once for it: the integration extension
/// (with REST's CORS headers), and the parts of a route that proxies to a function, which
/// depend only on the function and a few of the route's settings. Routes share their
/// functions, and a value made once is then shared by all of its operations (values are
/// copied on write) instead of made, written and freed for each.
final class SharedOperationParts {
    let corsHeaders: [(name: String, value: String)]
    let integrations: IntegrationExtension
    /// Function name -> the `responses` of a route that proxies to it.
    var proxyResponses: [String: JSONValue] = [:]
    /// Function name -> the integrations made for it, one for each setting they differ by:
    /// few, so found by a scan (and keyed by name, a `String`, whose hashing every run has
    /// looked up already: a key type of its own costs the runtime a search the first time).
    private var proxyIntegrations: [String: [ProxyIntegration]] = [:]

    /// A function proxy's `x-amazon-apigateway-integration`, and the route's settings it
    /// depends on besides the function (`IntegrationExtension.object(for:)`).
    private struct ProxyIntegration {
        let payloadVersion: String?
        let timeoutMilliseconds: Int?
        let value: JSONValue?
    }

    init(corsHeaders: [(name: String, value: String)], integrations: IntegrationExtension) {
        self.corsHeaders = corsHeaders
        self.integrations = integrations
    }

    /// `integrations.object(for: route)`.
    func integration(for route: Route) -> JSONValue? {
        guard case .function(let name)? = route.integration else { return integrations.object(for: route) }
        let payloadVersion = route.payloadVersion
        let timeout = route.timeoutMilliseconds
        if let made = proxyIntegrations[name.value]?.first(where: {
            $0.payloadVersion == payloadVersion && $0.timeoutMilliseconds == timeout
        }) {
            return made.value
        }
        let made = integrations.object(for: route)
        proxyIntegrations[name.value, default: []].append(
            ProxyIntegration(payloadVersion: payloadVersion, timeoutMilliseconds: timeout, value: made))
        return made
    }
}
