import APISpecCore

struct InvalidHttpMethod: SharingRule {
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

    /// The routes `PathRuns` found with such a method, each method judged once (`MethodNumbers`).
    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let routes = spec.checkedRoutes
        for index in shared.value(of: PathRuns.self, for: spec).unknownMethods {
            let route = routes[index]
            guard let method = route.key.method else { continue }
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
