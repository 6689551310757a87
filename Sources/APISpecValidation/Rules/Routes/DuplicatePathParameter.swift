import APISpecCore

struct DuplicatePathParameter: RouteRule {
    let id = "duplicate-path-parameter"
    let severity = Diagnostic.Severity.error
    let summary = "A route path uses the same parameter name twice."
    let explanation = """
        Path parameters are passed to the integration by name
        (`pathParameters.id`), so two segments with the same name would
        overwrite each other; API Gateway rejects such a path. Give each
        parameter its own name, such as `/users/{userId}/pets/{petId}`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              getPet: {runtime: python3.12, handler: app.get}
            routes:
              ↓GET /users/{id}/pets/{id}: {function: getPet, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              getPet: {runtime: python3.12, handler: app.get}
            routes:
              GET /users/{userId}/pets/{petId}: {function: getPet, auth: none}
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        var judged = LastPath<String?>()
        for route in routes {
            guard let path = route.key.path, let repeated = judged.value(for: path, Self.repeatedName(in:)) else { continue }
            report.append(finding(
                "path parameter '\(repeated)' appears twice in '\(route.key)'",
                at: route.location,
                hint: "give each path parameter its own name"))
        }
    }

    /// A path has a few parameters: comparing each with those before it costs less than hashing.
    private static func repeatedName(in path: RoutePath) -> String? {
        let names = path.parameterNames
        return names.indices.first(where: { names[..<$0].contains(names[$0]) }).map { names[$0] }
    }
}
