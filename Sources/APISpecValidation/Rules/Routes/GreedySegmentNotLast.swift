import APISpecCore

struct GreedySegmentNotLast: RouteRule {
    let id = "greedy-segment-not-last"
    let severity = Diagnostic.Severity.error
    let summary = "A greedy path parameter `{name+}` is followed by more segments."
    let explanation = """
        A greedy parameter such as `{proxy+}` matches the whole rest of the
        path, slashes included, so nothing can come after it: API Gateway only
        accepts it as the last segment. Put the greedy parameter last, or use a
        plain `{name}` parameter.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: files
            functions:
              getFile: {runtime: python3.12, handler: app.get}
            routes:
              ↓GET /files/{path+}/meta: {function: getFile, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: files
            functions:
              getFile: {runtime: python3.12, handler: app.get}
            routes:
              GET /files/{path+}: {function: getFile, auth: none}
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        // Each route read in place (by index, its path matched without copying the key): the copy
        // of each route and key cost several times the search.
        for index in routes.indices {
            guard case .http(_, let path) = routes[index].key.kind,
                  let greedy = path.segments.dropLast().first(where: { if case .greedy = $0 { true } else { false } })
            else { continue }
            report.append(finding(
                "greedy parameter `\(greedy.text)` in '\(routes[index].key)' is not the last segment",
                at: routes[index].location,
                hint: "make `\(greedy.text)` the last segment, or use a plain `{name}` parameter"))
        }
    }
}
