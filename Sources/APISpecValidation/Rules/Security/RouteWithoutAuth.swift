import APISpecCore

struct RouteWithoutAuth: RouteRule {
    let id = "route-without-auth"
    let severity = Diagnostic.Severity.error
    let summary = "A route says nothing about auth and there is no `defaults.auth`."
    let explanation = """
        apispec is secure by default: no route becomes public by accident. Every
        route must resolve to an auth decision, either its own `auth:` (an
        authorizer's name, `iam` or `none`) or `defaults.auth`. A public route says
        `auth: none` out loud. On WebSocket APIs only `$connect` is authorized, so
        the other WebSocket routes are exempt.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              ↓GET /pets: {function: listPets}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            defaults:
              auth: iam
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets}
            """),
        .triggering("""
            apispec: 1
            name: chat
            protocol: websocket
            functions:
              onConnect: {runtime: python3.12, handler: app.connect}
              onMessage: {runtime: python3.12, handler: app.message}
            routes:
              ↓$connect: {function: onConnect}
              sendMessage: {function: onMessage}
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        // Each route read in place, by position: a loop over them copies each.
        for index in routes.indices where !routes[index].hasAuth {
            if spec.apiProtocol == .websocket && routes[index].key.raw != "$connect" { continue }
            let route = routes[index]
            report.append(finding(
                "route '\(route.key)' has no auth decision and there is no defaults.auth",
                at: route.location,
                hint: "add `auth: <authorizer>`, `auth: iam` or `auth: none` to the route, or set `defaults.auth`"))
        }
    }
}
