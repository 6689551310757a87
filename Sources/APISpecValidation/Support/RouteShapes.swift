import APISpecCore

/// Routes compared the way API Gateway matches requests: method and path shape,
/// parameter names ignored.
enum RouteShapes {
    /// Each route (its position in `routes`) that repeats an earlier one, with the earlier one,
    /// in route order; `paths` are `routes`' own. Paths are compared a run at a time (`PathRuns`):
    /// runs by their shapes' hashes, and shapes made only where an earlier run's hash agrees. A
    /// run of a shape no other run has repeats only within itself, which `PathRuns` found as it
    /// met the routes; the routes of a shape several runs have are compared by method here.
    static func duplicates(in routes: [Route], _ paths: PathRuns) -> [(index: Int, first: Int)] {
        let unpathed = paths.unpathed
        var found = Repeats.find(count: unpathed.count, hash: { Int(unpathed[$0].hash) }, same: {
            routes[unpathed[$0].index].key.raw == routes[unpathed[$1].index].key.raw
        }).map { (index: unpathed[$0.index].index, first: unpathed[$0.first].index) }
        let runs = paths.runs
        let hashes = paths.shapeHashes
        let runRepeats = Repeats.find(count: runs.count, hash: { Int(hashes[$0]) }, same: {
            pathShape(routes[Int(runs[$0].start)]) == pathShape(routes[Int(runs[$1].start)])
        })
        if runRepeats.isEmpty {
            found += paths.repeatsInRuns.lazy.map { (index: $0.index, first: $0.first) }
        } else {
            // Each run of a shape an earlier run has, and each first run of such a shape, with
            // the shape's first run.
            var firstRun: [Int: Int] = [:]
            for (run, first) in runRepeats {
                firstRun[run] = first
                firstRun[first] = first
            }
            found += paths.repeatsInRuns.lazy.filter { firstRun[$0.run] == nil }.map { (index: $0.index, first: $0.first) }
            // The routes of each shape's runs in route order, each compared with the first route
            // of its method among them.
            var firstByMethod: [Int: [String: Int]] = [:]
            for run in runs.indices {
                guard let first = firstRun[run] else { continue }
                for index in runs[run].routes {
                    guard let method = routes[index].key.method else { continue }
                    if let earlier = firstByMethod[first, default: [:]][method] {
                        found.append((index, earlier))
                    } else {
                        firstByMethod[first, default: [:]][method] = index
                    }
                }
            }
        }
        found.sort { $0.index < $1.index }
        return found
    }

    /// A hash of `path.shape`, equal for equal shapes, without making the shape when the path's
    /// literals are plain ASCII (`TextHash`): the shape's text is then the segments' in a row,
    /// each after a `/`, so hashing each segment's text (a parameter's `{}`, a greedy one's
    /// `{+}`) hashes the text, which costs a fraction of `String`'s hash of it. A path without
    /// segments has the shape `/` of one empty literal. Any other path is hashed as its shape's
    /// text, which no plain ASCII shape equals.
    static func shapeHash(of path: RoutePath) -> Int {
        let segments = path.segments
        // Not 0, which mixed with an empty literal's hash (0) stays 0 for every count of them.
        var hash = 1
        guard !segments.isEmpty else { return TextHash.combine(hash, emptyHash) }
        for segment in segments {
            let part: Int
            switch segment {
            case .literal(let text):
                guard let literal = text.withUTF8Bytes(TextHash.ofPlainASCII) else { return path.shape.hashValue }
                part = literal
            case .parameter: part = parameterHash
            case .greedy: part = greedyHash
            }
            hash = TextHash.combine(hash, part)
        }
        return hash
    }

    private static let emptyHash = TextHash.of("")
    private static let parameterHash = TextHash.of("{}")
    private static let greedyHash = TextHash.of("{+}")

    /// The shape of the path of `route`, which has one (a run's).
    private static func pathShape(_ route: Route) -> String {
        route.key.path?.shape ?? ""
    }
}

/// The checked routes that repeat an earlier one (positions in `checkedRoutes`), with the earlier
/// one, found once for both rules that read them: `duplicate-route` reports them, and
/// `conflicting-path-parameter-names` leaves them to it.
struct DuplicateRoutes: SharedItem {
    static func compute(_ spec: Spec, in work: SharedWork) -> [(index: Int, first: Int)] {
        RouteShapes.duplicates(in: spec.checkedRoutes, work.value(of: PathRuns.self, for: spec))
    }
}
