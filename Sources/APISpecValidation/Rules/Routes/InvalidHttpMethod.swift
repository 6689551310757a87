import APISpecCore

struct InvalidHttpMethod: RouteRule {
    let id = "invalid-http-method"
    let severity = Diagnostic.Severity.error
    let summary = "A route key's method is not one API Gateway routes on."
    let explanation = """
        A route key is `METHOD /path`, with METHOD one of GET, POST, PUT, PATCH,
        DELETE, HEAD, OPTIONS or ANY, written in capitals as API Gateway writes
        route keys. `ANY` matches every method.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              ↓get /pets: {function: listPets, auth: none}
            """),
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              ↓/pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        // Each route read in place, as `GreedySegmentNotLast` reads them.
        for index in routes.indices {
            guard case .http(let method, _) = routes[index].key.kind, !RouteKey.knownMethods.contains(method) else { continue }
            let route = routes[index]
            let message = method.isEmpty
                ? "route key '\(route.key)' has no method"
                : "'\(method)' is not a method API Gateway routes on"
            let suggestion = RouteKey.knownMethods.first { $0 == method.uppercased() }
            report.append(finding(
                message,
                at: route.location,
                hint: suggestion.map { "write it in capitals: `\($0)`" }
                    ?? "start the key with one of \(RouteKey.knownMethods.joined(separator: ", "))"))
        }
    }
}
