import APISpecCore

struct TooManyRoutes: SharingRule {
    let id = "too-many-routes"
    let severity = Diagnostic.Severity.warning
    let summary = "The API has more routes (REST: resources) than API Gateway's default quota of 300."
    let explanation = """
        API Gateway allows 300 routes per HTTP or WebSocket API, and 300
        resources (distinct path segments such as `/pets` and `/pets/{id}`) per
        REST API. The quota can be raised through AWS Support, so this is a
        warning: request the increase before deploying, or split the API, or
        collapse routes into a greedy `{proxy+}` route handled by one function.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: big
            functions:
              handle: {runtime: python3.12, handler: app.handle}
            ↓routes:
            \((1...301).map { "  GET /items\($0): {function: handle, auth: none}" }.joined(separator: "\n"))
            """),
        .nonTriggering("""
            apispec: 1
            name: big
            functions:
              handle: {runtime: python3.12, handler: app.handle}
            routes:
            \((1...300).map { "  GET /items\($0): {function: handle, auth: none}" }.joined(separator: "\n"))
            """),
    ] }

    static let quota = 300

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let count = spec.apiProtocol == .rest ? paths(of: spec, shared).resourceCount ?? 0 : spec.routes.count
        guard count > Self.quota else { return }
        let what = spec.apiProtocol == .rest ? "resources" : "routes"
        report.append(finding(
            "the API has \(count) \(what); API Gateway's default quota is \(Self.quota)",
            at: spec.keyLocation(["routes"]) ?? spec.rootLocation,
            hint: "request a quota increase, split the API, or serve related paths from one `{proxy+}` route"))
    }

    /// The paths of every route, the decoder's broken ones too, with their resources: the checked
    /// routes' when those are all (shared with the other path rules).
    private func paths(of spec: Spec, _ shared: SharedWork) -> PathRuns {
        spec.broken.isEmpty ? shared.value(of: PathRuns.self, for: spec) : PathRuns.gathered(from: spec.routes, of: spec)
    }
}
