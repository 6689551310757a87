import APISpecCore

struct WebSocketAuthOutsideConnect: RouteRule {
    let id = "websocket-auth-outside-connect"
    let severity = Diagnostic.Severity.error
    let summary = "A WebSocket route other than `$connect` sets `auth`."
    let explanation = """
        A WebSocket API authorizes a client once, when it connects: only the
        `$connect` route takes an authorizer, and every later message on the
        connection is already trusted. `auth` on any other WebSocket route
        would be ignored by API Gateway, so apispec refuses it rather than
        suggest protection that is not there. Move it to `$connect`.
        (`defaults.auth` applies to `$connect` only on WebSocket APIs.)
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
              $connect: {function: onConnect, auth: iam}
              sendMessage: {function: onMessage, auth: ↓iam}
            """),
        .nonTriggering("""
            apispec: 1
            name: chat
            protocol: websocket
            defaults:
              auth: iam
            functions:
              onConnect: {runtime: python3.12, handler: app.connect}
              onMessage: {runtime: python3.12, handler: app.message}
            routes:
              $connect: {function: onConnect}
              sendMessage: {function: onMessage}
            """),
    ] }

    func applies(to spec: Spec) -> Bool { spec.apiProtocol == .websocket }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        // Each route read in place, by position: a loop over them copies each.
        for index in routes.indices where routes[index].key.raw != "$connect" {
            guard let auth = routes[index].auth, auth.location != spec.defaults.auth?.location else { continue }
            let route = routes[index]
            report.append(finding(
                "WebSocket route '\(route.key)' sets `auth`, but only `$connect` is authorized",
                at: auth.location,
                hint: "remove `auth` here and put it on the `$connect` route"))
        }
    }
}
