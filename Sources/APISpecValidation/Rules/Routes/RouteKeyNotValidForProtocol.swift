import APISpecCore

struct RouteKeyNotValidForProtocol: RouteRule {
    let id = "route-key-not-valid-for-protocol"
    let severity = Diagnostic.Severity.error
    let summary = "A route key is of a kind the API's protocol does not have."
    let explanation = """
        Each protocol has its own route keys. HTTP APIs route `METHOD /path`
        and the catch-all `$default`. REST APIs route `METHOD /path` only (a
        catch-all is `ANY /{proxy+}`). WebSocket APIs route `$connect`,
        `$disconnect`, `$default` and custom keys matched against the route
        selection expression (such as `sendMessage`), never `METHOD /path`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: chat
            protocol: websocket
            functions:
              onConnect: {runtime: python3.12, handler: app.connect}
              onMessage: {runtime: python3.12, handler: app.message}
            routes:
              $connect: {function: onConnect, auth: none}
              ↓POST /messages: {function: onMessage}
            """),
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              fallback: {runtime: python3.12, handler: app.fallback}
            routes:
              ↓$default: {function: fallback, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: chat
            protocol: websocket
            functions:
              onConnect: {runtime: python3.12, handler: app.connect}
              onMessage: {runtime: python3.12, handler: app.message}
            routes:
              $connect: {function: onConnect, auth: none}
              sendMessage: {function: onMessage}
              $default: {function: onMessage}
            """),
    ] }

    static let webSocketSpecialKeys: Set = ["$connect", "$disconnect", "$default"]

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        // Each route read in place, by position: a loop over them copies each.
        for index in routes.indices {
            guard let hint = problem(routes[index].key, spec.apiProtocol) else { continue }
            let route = routes[index]
            report.append(finding(
                "'\(route.key)' is not a route key of \(spec.apiProtocol.singularName)",
                at: route.location,
                hint: hint))
        }
    }

    /// The hint for a key the protocol does not have, or nil when it has it.
    private func problem(_ key: RouteKey, _ apiProtocol: APIProtocol) -> String? {
        switch (key.kind, apiProtocol) {
        case (.http, .websocket), (.special, .websocket):
            return Self.webSocketSpecialKeys.contains(key.raw)
                ? nil
                : "WebSocket routes are `$connect`, `$disconnect`, `$default` or an action name such as `sendMessage`"
        case (.special, .http):
            return key.isDefault ? nil : "HTTP API routes are `METHOD /path` or `$default`"
        case (.special, .rest):
            return "REST APIs have no `$` routes; catch everything with `ANY /{proxy+}`"
        case (.custom, .http), (.custom, .rest):
            return "write the route key as `METHOD /path`, such as `GET /pets`"
        case (.http, _), (.custom, .websocket):
            return nil
        }
    }
}
