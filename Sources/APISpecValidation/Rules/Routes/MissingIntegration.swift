import APISpecCore

struct MissingIntegration: RouteRule {
    let id = "missing-integration"
    let severity = Diagnostic.Severity.error
    let summary = "A route does not say what handles its requests."
    let explanation = """
        Every route needs exactly one integration: `function` (a Lambda
        function), `http` (a URL to proxy to), `mock` (REST only) or `aws` (an
        AWS service action). Without one, API Gateway has nowhere to send the
        request.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            routes:
              ↓GET /pets: {auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            routes:
              GET /pets: {http: https://pets.example.com/pets, auth: none}
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        for route in routes where route.integrations.isEmpty {
            report.append(finding(
                "route '\(route.key)' has no integration",
                at: route.location,
                hint: "add one of `function:`, `http:`, `mock:` or `aws:`"))
        }
    }
}
