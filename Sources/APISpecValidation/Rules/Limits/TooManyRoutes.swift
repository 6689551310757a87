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
        let count = spec.apiProtocol == .rest ? resourceCount(paths(of: spec, shared)) : spec.routes.count
        guard count > Self.quota else { return }
        let what = spec.apiProtocol == .rest ? "resources" : "routes"
        report.append(finding(
            "the API has \(count) \(what); API Gateway's default quota is \(Self.quota)",
            at: spec.keyLocation(["routes"]) ?? spec.rootLocation,
            hint: "request a quota increase, split the API, or serve related paths from one `{proxy+}` route"))
    }

    /// The paths of every route, the decoder's broken ones too: the checked routes' when those
    /// are all (shared with the other path rules).
    private func paths(of spec: Spec, _ shared: SharedWork) -> PathRuns {
        spec.broken.isEmpty ? shared.value(of: PathRuns.self, for: spec) : PathRuns.gathered(from: spec.routes, of: spec)
    }

    /// Every distinct path prefix is a REST resource (`/a/b` needs `/a` and `/a/b`): a node
    /// of the tree of path segments, known by its parent and its segment (`SegmentTree`; two
    /// segments are equal exactly when their texts are, as `{id}` is never a literal). Not a set
    /// of the prefixes: a list for each of them made 40,000 small blocks at 100,000 routes, which
    /// stayed in the heap once freed. Each path is judged once for the routes written on it in
    /// a row (`PathRuns`), and looks up only the segments after those it begins with of the path
    /// before it (`/a/{id}/b` after `/a/{id}`): equal segments are the same resources, and
    /// comparing them costs a fraction of making a segment's text and hashing it. The tree is
    /// made for a resource a path, as paths mostly add one.
    private func resourceCount(_ paths: PathRuns) -> Int {
        var resources = SegmentTree(capacity: paths.runs.count)
        // The last path judged: each segment with its resource's number.
        var chain: [(segment: RoutePath.Segment, resource: Int)] = []
        // Each path read in place: a copy of a run retains its path.
        let runs = paths.runs
        for index in runs.indices {
            let segments = runs[index].segments
            var shared = 0
            while shared < min(chain.count, segments.count), chain[shared].segment == segments[shared] { shared += 1 }
            while chain.count > shared { chain.removeLast() }
            var parent = chain.last?.resource ?? 0
            for segment in segments[shared...] {
                parent = resources.child(of: parent, segment)
                chain.append((segment, parent))
            }
        }
        return resources.count
    }
}
