import APISpecCore

struct GreedySegmentNotLast: SharingRule {
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

    /// Each path judged once for the routes written on it in a row (`PathJudgements`).
    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let routes = spec.checkedRoutes
        let paths = shared.value(of: PathRuns.self, for: spec)
        paths.forEachRoute(of: paths.judgements.greedyNotLast) { index, greedy in
            report.append(finding(
                "greedy parameter `\(greedy.text)` in '\(routes[index].key)' is not the last segment",
                at: routes[index].location,
                hint: "make `\(greedy.text)` the last segment, or use a plain `{name}` parameter"))
        }
    }

    /// The first greedy parameter of `path` that is not its last segment.
    static func greedySegmentNotLast(in path: RoutePath) -> RoutePath.Segment? {
        let segments = path.segments
        // By position, the case tested without copying a segment.
        for index in segments.indices.dropLast() {
            if case .greedy = segments[index] { return segments[index] }
        }
        return nil
    }
}
