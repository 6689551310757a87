import APISpecCore

/// Routes' paths, each once for the routes written on it in a row, each route's hash by method
/// and path shape (`RouteShapes`), and a REST API's resources and parameter names, gathered as
/// the route rules read the routes: the rules that judge REST paths read these instead of every
/// route's key again, which at 100,000 routes is a read of the model from memory per rule.
struct PathRuns: RouteGathering {
    /// A path's segments and the routes on it (positions in the routes read), written one after
    /// another. Small, as the list of them is new memory: the segments only, as the rules read
    /// no more of a path.
    struct Run {
        var segments: [RoutePath.Segment]
        var start: Int32
        var end: Int32
        var routes: Range<Int> { Int(start)..<Int(end) }
    }

    /// In route order; routes without a path (`$default`) are in none.
    private(set) var runs: [Run] = []
    /// By route: equal for routes of equal method and path shape (`RouteShapes.keyHash`); 32
    /// bits, all of the hash that `Repeats` reads.
    private(set) var keyHashes: [UInt32] = []
    /// The methods met so far, each once: a spec has a few.
    private var methodHashes: [(method: String, hash: Int)] = []
    /// The last run's path's.
    private var shapeHash = 0
    /// A REST API's resources and parameter names, judged as the runs are met; nil for the
    /// other protocols.
    private var resources: RESTResources?
    private var parameterNames: ParameterNames?

    /// The number of a REST API's resources (`RESTResources`); nil for the other protocols.
    var resourceCount: Int? { resources?.count }

    /// A REST API's runs whose path names a parameter otherwise than a path before it, each
    /// with what it met, every run judged for its first route (`ParameterNames`); nil for the
    /// other protocols.
    var parameterConflicts: [(run: Int, met: ParameterNames.Conflict)]? { parameterNames?.conflicts }

    /// Made for as many runs as routes, the most there can be: growing the list to its size
    /// moved it a dozen times, while the part of it never written costs no memory.
    init(_ spec: Spec, routeCount: Int) {
        keyHashes.reserveCapacity(routeCount)
        runs.reserveCapacity(routeCount)
        if spec.apiProtocol == .rest {
            resources = RESTResources(capacity: routeCount)
            parameterNames = ParameterNames(capacity: routeCount)
        }
    }

    /// A run ends where a route's path is not the very path of the route before it (the
    /// decoder's sharing, `isSameParse`), which a path without segments never is.
    mutating func add(_ routes: ArraySlice<Route>) {
        // Each route read in place, as `GreedySegmentNotLast` reads them.
        for index in routes.indices {
            guard case .http(let method, let path) = routes[index].key.kind else {
                keyHashes.append(UInt32(truncatingIfNeeded: RouteShapes.keyHash(ofRaw: routes[index].key.raw)))
                continue
            }
            // Read in place: a copy of the last run retains its path.
            let last = runs.count - 1
            if last >= 0, runs[last].end == index, runs[last].segments.isSameParse(as: path.segments) {
                runs[last].end = Int32(index + 1)
            } else {
                runs.append(Run(segments: path.segments, start: Int32(index), end: Int32(index + 1)))
                shapeHash = RouteShapes.shapeHash(of: path)
                resources?.add(path.segments)
                parameterNames?.add(run: runs.count - 1, path.segments, of: index)
            }
            let methodHash: Int
            if let known = methodHashes.first(where: { $0.method == method }) {
                methodHash = known.hash
            } else {
                methodHash = RouteShapes.methodHash(method)
                methodHashes.append((method, methodHash))
            }
            keyHashes.append(UInt32(truncatingIfNeeded: RouteShapes.keyHash(shape: shapeHash, method: methodHash)))
        }
    }
}
