import APISpecCore

struct MultipleIntegrations: RouteRule {
    let id = "multiple-integrations"
    let severity = Diagnostic.Severity.error
    let summary = "A route names more than one integration."
    let explanation = """
        A route forwards each request to exactly one integration, so only one of
        `function`, `http`, `mock` and `aws` may be written. The finding points
        at every integration after the first. To fan out, keep one integration
        and have it call the others (for example a function, or an `aws:`
        integration to SNS or Step Functions).
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets:
                function: listPets
                ↓http: https://legacy.example.com/pets
                auth: none
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets:
                function: listPets
                auth: none
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        for route in routes where route.integrations.count > 1 {
            let first = route.integrations[0]
            for extra in route.integrations.dropFirst() {
                report.append(finding(
                    "route '\(route.key)' already uses `\(first.keyword)`; `\(extra.keyword)` is a second integration",
                    at: spec.keyLocation(extra.keyword, in: route) ?? extra.location,
                    hint: "keep exactly one of `function`, `http`, `mock` and `aws`"))
            }
        }
    }
}
