import APISpecCore

/// REST path parameters named apart at one position (`conflicting-path-parameter-names`): paths
/// judged one after another, each against the parameters recorded under the same parent
/// resource before it. `PathRuns` judges each path of a REST API as the routes are read, while
/// its segments are still in the caches: judged in a pass of their own after the routes, the
/// first read of each path's segments missed them at 100,000 routes.
struct ParameterNames {
    /// A path parameter and the route (its place in the checked routes) that first named it so.
    typealias Parameter = (segment: RoutePath.Segment, route: Int)
    typealias Conflict = (segment: RoutePath.Segment, first: Parameter)

    private var last = JudgedPath()
    private var tree: ShapeTree
    /// The runs judged by `add` whose path met a conflict, each with it.
    private(set) var conflicts: [(run: Int, met: Conflict)] = []

    /// Made for `capacity` paths.
    init(capacity: Int) {
        tree = ShapeTree(capacity: capacity)
    }

    /// Judges run number `run` of `PathRuns`, whose path has `segments`, for its first route
    /// `route`, and keeps what it met.
    mutating func add(run: Int, _ segments: [RoutePath.Segment], of route: Int) {
        if let met = firstConflict(in: segments, of: route) { conflicts.append((run, met)) }
    }

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
    mutating func firstConflict(in segments: [RoutePath.Segment], of route: Int) -> Conflict? {
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
}
