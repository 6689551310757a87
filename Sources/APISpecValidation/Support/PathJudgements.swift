import APISpecCore

/// What the rules that judge a route by its path alone find, each path judged once for the routes
/// written on it in a row, as `PathRuns` meets it: `invalid-route-path`,
/// `duplicate-path-parameter` and `greedy-segment-not-last` then read only the runs with a
/// finding, where a pass of each over the routes matched every route's key again.
struct PathJudgements {
    /// A run (its number in `PathRuns.runs`) and what was found of its path.
    struct Judged<Found> {
        let run: Int
        let found: Found
    }

    /// Runs whose path has a problem, with it (`InvalidRoutePath`).
    private(set) var invalid: [Judged<String>] = []
    /// Runs whose path names a parameter twice, with the name (`DuplicatePathParameter`).
    private(set) var repeatedParameters: [Judged<String>] = []
    /// Runs whose path has a greedy parameter before its last segment, with the first such
    /// (`GreedySegmentNotLast`).
    private(set) var greedyNotLast: [Judged<RoutePath.Segment>] = []

    /// Judges run number `run`, on `path`.
    mutating func add(run: Int, _ path: RoutePath) {
        if let problem = InvalidRoutePath.problem(in: path) { invalid.append(Judged(run: run, found: problem)) }
        if let name = DuplicatePathParameter.repeatedName(in: path) { repeatedParameters.append(Judged(run: run, found: name)) }
        if let greedy = GreedySegmentNotLast.greedySegmentNotLast(in: path) { greedyNotLast.append(Judged(run: run, found: greedy)) }
    }
}

extension PathRuns {
    /// Each route (its number in `Spec.checkedRoutes`) written on a run `judged` lists, with
    /// what was found of the run's path, in the routes' order.
    func forEachRoute<Found>(of judged: [PathJudgements.Judged<Found>], _ body: (_ route: Int, _ found: Found) -> Void) {
        for item in judged {
            for route in runs[item.run].routes { body(route, item.found) }
        }
    }
}
