import APISpecCore

struct ConflictingPathParameterNames: SharingRule {
    let id = "conflicting-path-parameter-names"
    let severity = Diagnostic.Severity.error
    let summary = "On a REST API, two routes name the same path position's parameter differently."
    let explanation = """
        A REST API stores paths as a tree of resources, and a resource may have
        only one child that is a path parameter. `GET /pets/{id}` and
        `DELETE /pets/{petId}/photos` need two different parameter children of
        `/pets`, which API Gateway refuses ("a sibling of this resource already
        has a variable path part"). Use one name for the parameter at that
        position in every route.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              getPet: {runtime: python3.12, handler: app.get}
              deletePhotos: {runtime: python3.12, handler: app.delete_photos}
            routes:
              GET /pets/{id}: {function: getPet, auth: none}
              ↓DELETE /pets/{petId}/photos: {function: deletePhotos, auth: iam}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              getPet: {runtime: python3.12, handler: app.get}
              deletePhotos: {runtime: python3.12, handler: app.delete_photos}
            routes:
              GET /pets/{petId}: {function: getPet, auth: none}
              DELETE /pets/{petId}/photos: {function: deletePhotos, auth: iam}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .rest else { return }
        let routes = spec.checkedRoutes
        // Same method and shape is `duplicate-route`'s finding.
        let duplicates = Set(shared.value(of: DuplicateRoutes.self, for: spec).map(\.index))
        let paths = shared.value(of: PathRuns.self, for: spec)
        var tree = ShapeTree(capacity: paths.runs.count)
        var last = JudgedPath()
        // Each path judged once for the routes written on it in a row, and read in place: a
        // copy of a run retains its path.
        let runs = paths.runs
        for run in runs.indices {
            // Judged for the run's first route that is no duplicate, and what it met is what each
            // of them meets.
            var found: Conflict??
            for index in runs[run].routes where duplicates.isEmpty || !duplicates.contains(index) {
                if found == nil {
                    found = Self.firstConflict(in: runs[run].segments, of: index, after: &last, recording: &tree)
                }
                guard let met = found ?? nil else { break }
                report.append(conflict(routes[index], met.segment, routes[met.first.route], met.first.segment))
            }
        }
    }

    /// A path parameter and the route (its place in the checked routes) that first named it so.
    private typealias Parameter = (segment: RoutePath.Segment, route: Int)
    private typealias Conflict = (segment: RoutePath.Segment, first: Parameter)

    /// The path judged last: its segments, the shapes of as many of its first segments as were
    /// needed (`shapes[i]` the node of its first `i`; the root's first), and where its conflict
    /// was, with the parameter it met there.
    private struct JudgedPath {
        var segments: [RoutePath.Segment] = []
        var shapes: [Int] = [ShapeTree.root]
        var conflict: (position: Int, first: Parameter)?
    }

    /// The resources of a REST API by shape, parameter names ignored: a node for each, numbered
    /// by its parent and its segment's shape, with the parameter first recorded under it.
    private struct ShapeTree {
        static let root = 0
        private var nodes: SegmentTree
        /// By node number: the first parameter recorded as a child of that node.
        private var parameters: [Parameter?] = [nil]
        /// The node of an empty first segment (`//`), whose shape is the root's (`/`): its
        /// children are other resources than the root's, its parameters the same.
        private var emptyFirst: Int?

        /// Made for `capacity` nodes, about one a path.
        init(capacity: Int) {
            nodes = SegmentTree(capacity: capacity)
            parameters.reserveCapacity(capacity + 1)
        }

        /// The first parameter recorded as a child of `node`.
        subscript(parameterUnder node: Int) -> Parameter? {
            get { parameters[node == emptyFirst ? Self.root : node] }
            set { parameters[node == emptyFirst ? Self.root : node] = newValue }
        }

        /// The node of `segment`'s shape under `parent`, added if new. A literal `{}` has a
        /// parameter's shape (`RoutePath.shape`).
        mutating func child(of parent: Int, _ segment: RoutePath.Segment) -> Int {
            let shape: RoutePath.Segment
            switch segment {
            case .literal(let text) where text != "{}": shape = segment
            case .literal, .parameter: shape = .parameter("")
            case .greedy: shape = .greedy("")
            }
            let node = nodes.child(of: parent, shape)
            guard node == parameters.count else { return node }
            parameters.append(nil)
            if parent == Self.root, case .literal(let text) = segment, text.isEmpty { emptyFirst = node }
            return node
        }
    }

    /// The first parameter of `segments`, the path of route `route`, named otherwise than the parameter
    /// already recorded under the same parent resource; records those that are the first there.
    /// The segments the path begins with of the path judged `last` (`/a/{id}` of `/a/{id}/b`
    /// after `/a/{id}`) meet what that path met there, as a name once recorded stays: they are
    /// not judged again, and the shapes of their parents are not looked up again.
    private static func firstConflict(
        in segments: [RoutePath.Segment], of route: Int, after last: inout JudgedPath, recording tree: inout ShapeTree
    ) -> Conflict? {
        var shared = 0
        let sharable = min(segments.count, last.segments.count, last.conflict.map { $0.position + 1 } ?? Int.max)
        while shared < sharable, segments[shared] == last.segments[shared] { shared += 1 }
        // Shapes of the first `shared` segments' parents and of those segments are this path's too.
        if last.shapes.count > shared + 1 { last.shapes.removeSubrange((shared + 1)...) }
        if let conflict = last.conflict, conflict.position < shared {
            last.segments = segments
            return (segments[conflict.position], conflict.first)
        }
        last.segments = segments
        last.conflict = nil
        for index in segments.indices[shared...] {
            let segment = segments[index]
            if case .literal = segment { continue }
            // The parent resource, with its own parameters' names ignored.
            while last.shapes.count <= index {
                last.shapes.append(tree.child(of: last.shapes[last.shapes.count - 1], segments[last.shapes.count - 1]))
            }
            let parent = last.shapes[index]
            guard let first = tree[parameterUnder: parent] else {
                tree[parameterUnder: parent] = (segment, route)
                continue
            }
            if first.segment != segment {
                last.conflict = (index, first)
                return (segment, first)
            }
        }
        return nil
    }

    private func conflict(
        _ route: Route, _ segment: RoutePath.Segment, _ first: Route, _ firstSegment: RoutePath.Segment
    ) -> Diagnostic {
        finding(
            "'\(route.key)' names a path parameter `\(segment.text)` where '\(first.key)' has `\(firstSegment.text)`",
            at: route.location,
            hint: "use `\(firstSegment.text)` at this position in every route",
            notes: [Diagnostic.Note("the other name is used here", at: first.location)])
    }
}
