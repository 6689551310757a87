import APISpecCore

/// Routes' paths, each once for the routes written on it in a row, with what the rules that judge
/// a route by its key read (its path's shape and problems, its method), and a REST API's
/// resources and parameter names, gathered as the route rules read the routes: the rules that
/// judge paths and methods read these instead of every route's key again, which at 100,000
/// routes is a read of the model from memory per rule.
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
    /// By run: equal for paths of equal shape (`RouteShapes.shapeHash`); 32 bits, all of the
    /// hash that `Repeats` reads.
    private(set) var shapeHashes: [UInt32] = []
    /// The routes without a path (a WebSocket API's), in order, each with the hash of its key
    /// (`TextHash`: `hashValue`'s SipHash cost some 250 instructions a key), as much of it as
    /// `Repeats` reads.
    private(set) var unpathed: [(index: Int, hash: UInt32)] = []
    /// Each route that repeats the method of an earlier route of its run, with that run and the
    /// first such route (`duplicate-route`, for runs of a shape no other run has).
    private(set) var repeatsInRuns: [(run: Int, index: Int, first: Int)] = []
    /// The routes whose method API Gateway does not route on (`invalid-http-method`).
    private(set) var unknownMethods: [Int] = []
    /// What the path rules find, by run.
    private(set) var judgements = PathJudgements()
    private var methods = MethodNumbers()
    /// By method number, the last route that was the first of its run with that method: the
    /// first of the last run's when at or after its start. Never emptied, where a list of the
    /// run's methods, emptied for each run and searched, cost more.
    private var firstInRun: [Int] = []
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
        runs.reserveCapacity(routeCount)
        shapeHashes.reserveCapacity(routeCount)
        if spec.apiProtocol == .rest {
            resources = RESTResources(capacity: routeCount)
            parameterNames = ParameterNames(capacity: routeCount)
        }
    }

    /// A run ends where a route's path is not the very path of the route before it (the
    /// decoder's sharing, `isSameParse`), which a path without segments never is.
    mutating func add(_ routes: ArraySlice<Route>) {
        // Each route read in place, by position: a loop over them copies each.
        for index in routes.indices {
            guard case .http(let method, let path) = routes[index].key.kind else {
                unpathed.append((index, UInt32(truncatingIfNeeded: TextHash.of(routes[index].key.raw))))
                continue
            }
            let number = methods.number(of: method)
            if number == firstInRun.count { firstInRun.append(-1) }
            if !methods.isKnown(number) { unknownMethods.append(index) }
            // Read in place: a copy of the last run retains its path.
            let last = runs.count - 1
            if last >= 0, runs[last].end == index, runs[last].segments.isSameParse(as: path.segments) {
                let earlier = firstInRun[number]
                if earlier >= Int(runs[last].start) {
                    repeatsInRuns.append((last, index, earlier))
                } else {
                    firstInRun[number] = index
                }
                runs[last].end = Int32(index + 1)
            } else {
                runs.append(Run(segments: path.segments, start: Int32(index), end: Int32(index + 1)))
                shapeHashes.append(UInt32(truncatingIfNeeded: RouteShapes.shapeHash(of: path)))
                firstInRun[number] = index
                judgements.add(run: runs.count - 1, path)
                resources?.add(path.segments)
                parameterNames?.add(run: runs.count - 1, path.segments, of: index)
            }
        }
    }
}
