import APISpecCore

/// Routes' paths, each once for the routes written on it in a row, and each route's hash by
/// method and path shape (`RouteShapes`), read in one pass over the routes: the rules that
/// judge REST paths read these instead of every route's key again, which at 100,000 routes
/// is a read of the model from memory per rule.
struct PathRuns {
    /// A path and the routes on it (positions in the routes read), written one after another.
    struct Run {
        var path: RoutePath
        var start: Int
        var end: Int
        var routes: Range<Int> { start..<end }
    }

    /// In route order; routes without a path (`$default`) are in none.
    private(set) var runs: [Run] = []
    /// By route: equal for routes of equal method and path shape (`RouteShapes.keyHash`).
    private(set) var keyHashes: [Int] = []

    /// A run ends where a route's path is not the very path of the route before it (the
    /// decoder's sharing, `isSameParse`), which a path without segments never is.
    init(_ routes: [Route]) {
        keyHashes.reserveCapacity(routes.count)
        var methodHashes: [(method: String, hash: Int)] = []
        var shapeHash = 0
        // Each route read in place, as `GreedySegmentNotLast` reads them.
        for index in routes.indices {
            guard case .http(let method, let path) = routes[index].key.kind else {
                keyHashes.append(RouteShapes.keyHash(ofRaw: routes[index].key.raw))
                continue
            }
            // Read in place: a copy of the last run retains its path.
            let last = runs.count - 1
            if last >= 0, runs[last].end == index, runs[last].path.segments.isSameParse(as: path.segments) {
                runs[last].end = index + 1
            } else {
                runs.append(Run(path: path, start: index, end: index + 1))
                shapeHash = RouteShapes.shapeHash(of: path)
            }
            let methodHash: Int
            if let known = methodHashes.first(where: { $0.method == method }) {
                methodHash = known.hash
            } else {
                methodHash = RouteShapes.methodHash(method)
                methodHashes.append((method, methodHash))
            }
            keyHashes.append(RouteShapes.keyHash(shape: shapeHash, method: methodHash))
        }
    }
}

/// The checked routes' `PathRuns`.
struct CheckedPathRuns: SharedItem {
    static func compute(_ spec: Spec, in work: SharedWork) -> PathRuns {
        PathRuns(spec.checkedRoutes)
    }
}
