import APISpecCore

/// What the rules that judge a route by its path alone find, each path judged once for the routes
/// written on it in a row, as `PathRuns` meets it: `invalid-route-path`,
/// `duplicate-path-parameter` and `greedy-segment-not-last` then read only the runs with a
/// finding, where a pass of each over the routes matched every route's key again.
struct PathJudgements {
    /// Runs (numbers in `PathRuns.runs`) whose path has a problem, with it (`InvalidRoutePath`).
    private(set) var invalid: [(run: Int, problem: String)] = []
    /// Runs whose path names a parameter twice, with the name (`DuplicatePathParameter`).
    private(set) var repeatedParameters: [(run: Int, name: String)] = []
    /// Runs whose path has a greedy parameter before its last segment, with the first such
    /// (`GreedySegmentNotLast`).
    private(set) var greedyNotLast: [(run: Int, segment: RoutePath.Segment)] = []

    /// Judges run number `run`, on `path`.
    mutating func add(run: Int, _ path: RoutePath) {
        if let problem = InvalidRoutePath.problem(in: path) { invalid.append((run, problem)) }
        if let name = DuplicatePathParameter.repeatedName(in: path) { repeatedParameters.append((run, name)) }
        if let greedy = GreedySegmentNotLast.greedySegmentNotLast(in: path) { greedyNotLast.append((run, greedy)) }
    }
}
