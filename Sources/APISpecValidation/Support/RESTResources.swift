import APISpecCore

/// A REST API's resources, counted path by path as the routes are read (`PathRuns`), while each
/// path's segments are still in the caches: counted in a pass of their own after the routes,
/// the first read of each path's segments missed them at 100,000 routes.
///
/// Every distinct path prefix is a resource (`/a/b` needs `/a` and `/a/b`): a node of the tree
/// of path segments, known by its parent and its segment (`SegmentTree`; two segments are equal
/// exactly when their texts are, as `{id}` is never a literal). Not a set of the prefixes: a list
/// for each of them made 40,000 small blocks at 100,000 routes, which stayed in the heap once
/// freed. A path looks up only the segments after those it begins with of the path before it
/// (`/a/{id}/b` after `/a/{id}`): equal segments are the same resources, and comparing them costs
/// a fraction of making a segment's text and hashing it.
struct RESTResources {
    private var resources: SegmentTree
    /// The last path added: each segment with its resource's number.
    private var chain: [(segment: RoutePath.Segment, resource: Int)] = []

    /// Made for `capacity` resources, to be added without growing the tree.
    init(capacity: Int) {
        resources = SegmentTree(capacity: capacity)
    }

    var count: Int { resources.count }

    /// Adds the resources of the path with `segments`.
    mutating func add(_ segments: [RoutePath.Segment]) {
        var shared = 0
        while shared < min(chain.count, segments.count), chain[shared].segment == segments[shared] { shared += 1 }
        while chain.count > shared { chain.removeLast() }
        var parent = chain.last?.resource ?? 0
        for segment in segments[shared...] {
            parent = resources.child(of: parent, segment)
            chain.append((segment, parent))
        }
    }
}
