import APISpecCore

struct DuplicatePathParameter: SharingRule {
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

    /// Each path judged once for the routes written on it in a row (`PathJudgements`).
    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let routes = spec.checkedRoutes
        let paths = shared.value(of: PathRuns.self, for: spec)
        paths.forEachRoute(of: paths.judgements.repeatedParameters) { index, repeated in
            report.append(finding(
                "path parameter '\(repeated)' appears twice in '\(routes[index].key)'",
                at: routes[index].location,
                hint: "give each path parameter its own name"))
        }
    }

    /// A path has a few parameters: comparing each with those before it costs less than hashing,
    /// and reading them from the segments less than listing them first.
    static func repeatedName(in path: RoutePath) -> String? {
        let segments = path.segments
        for index in segments.indices {
            guard let name = parameterName(segments[index]) else { continue }
            if segments[..<index].contains(where: { parameterName($0) == name }) { return name }
        }
        return nil
    }

    private static func parameterName(_ segment: RoutePath.Segment) -> String? {
        switch segment {
        case .parameter(let name), .greedy(let name): return name
        case .literal: return nil
        }
    }
}
