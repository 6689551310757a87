import APISpecCore

struct CorsOnWebSocket: Rule {
    let id = "cors-on-websocket"
    let severity = Diagnostic.Severity.error
    let summary = "`cors` is set on a WebSocket API."
    let explanation = """
        CORS governs browsers' cross-origin HTTP requests. WebSocket
        connections are not subject to it, and API Gateway has no CORS settings
        for WebSocket APIs; check the `Origin` header in the `$connect`
        authorizer instead.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: chat
            protocol: websocket
            functions:
              onConnect: {runtime: python3.12, handler: app.connect}
            routes:
              $connect: {function: onConnect, auth: none}
            ↓cors:
              allowOrigins: [https://chat.example.com]
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            cors:
              allowOrigins: [https://app.example.com]
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        reportKeys([["cors"]], in: spec, supportedOn: [.http, .rest], &report)
    }
}
