import APISpecCore

struct RouteSelectionRequiresWebSocket: Rule {
    let id = "route-selection-requires-websocket"
    let severity = Diagnostic.Severity.error
    let summary = "`routeSelection` is set on an API that is not a WebSocket API."
    let explanation = """
        The route selection expression picks a WebSocket route from each
        message's body. HTTP and REST APIs route by method and path, so the
        expression would be ignored.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            ↓routeSelection: $request.body.action
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: chat
            protocol: websocket
            routeSelection: $request.body.action
            functions:
              onConnect: {runtime: python3.12, handler: app.connect}
            routes:
              $connect: {function: onConnect, auth: none}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        reportKeys([["routeSelection"]], in: spec, supportedOn: [.websocket], &report)
    }
}
