import APISpecCore

/// Routes compared the way API Gateway matches requests: method and path shape,
/// parameter names ignored.
enum RouteShapes {
    /// Each route that repeats an earlier one, with the earlier one.
    static func duplicates(in routes: [Route]) -> [(route: Route, first: Route)] {
        // Hashed in one loop first, each path's shape once for the routes written on it in a
        // row and each method once: making and hashing a `Shape` per route cost ten times
        // more. Shapes are made again only where an earlier route's hash agrees.
        var hashes: [Int] = []
        hashes.reserveCapacity(routes.count)
        var shapeHashes = LastPath<Int>()
        var methodHashes: [(method: String, hash: Int)] = []
        // Each route read in place, as `GreedySegmentNotLast` reads them.
        for index in routes.indices {
            guard case .http(let method, let path) = routes[index].key.kind else {
                hashes.append(routes[index].key.raw.hashValue)
                continue
            }
            let methodHash: Int
            if let known = methodHashes.first(where: { $0.method == method }) {
                methodHash = known.hash
            } else {
                methodHash = method.hashValue
                methodHashes.append((method, methodHash))
            }
            hashes.append(shapeHashes.value(for: path, shapeHash(of:)) &+ methodHash &* 31)
        }
        return Repeats.find(count: routes.count, hash: { hashes[$0] }, same: { shape(of: routes[$0]) == shape(of: routes[$1]) })
            .map { (routes[$0.index], routes[$0.first]) }
    }

    /// `path.shape.hashValue`, without making the shape when the path is ASCII: its bytes go to
    /// the hasher segment by segment, as `String` hashes an ASCII text's bytes (and then 0xFF),
    /// which costs a fraction of making the text first. A path with other characters is hashed
    /// as its shape's text, which `String` hashes in a normal form.
    static func shapeHash(of path: RoutePath) -> Int {
        var hasher = Hasher()
        let segments = path.segments
        if segments.isEmpty { hasher.combine(UInt8(ascii: "/")) }
        for segment in segments {
            switch segment {
            case .literal(var text):
                let ascii = text.withUTF8 { bytes in
                    guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
                    hasher.combine(UInt8(ascii: "/"))
                    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
                    return true
                }
                if !ascii { return path.shape.hashValue }
            case .parameter: hasher.combine(bytes: UnsafeRawBufferPointer(start: Self.parameterShape.utf8Start, count: 3))
            case .greedy: hasher.combine(bytes: UnsafeRawBufferPointer(start: Self.greedyShape.utf8Start, count: 4))
            }
        }
        hasher.combine(0xFF as UInt8)
        return hasher.finalize()
    }

    private static let parameterShape: StaticString = "/{}"
    private static let greedyShape: StaticString = "/{+}"

    private static func shape(of route: Route) -> Shape {
        guard case .http(let method, let path) = route.key.kind else { return Shape(method: nil, path: route.key.raw) }
        return Shape(method: method, path: path.shape)
    }

    /// A route's method and its path's shape; a key with no method and path is all path.
    /// A method holds no space, so two shapes are equal exactly when `METHOD shape` are.
    struct Shape: Equatable {
        var method: String?
        var path: String
    }
}

/// The checked routes that repeat an earlier one, with the earlier one, found once for both
/// rules that read them: `duplicate-route` reports them, and `conflicting-path-parameter-names`
/// leaves them to it.
struct DuplicateRoutes: SharedItem {
    static func compute(_ spec: Spec, in work: SharedWork) -> [(route: Route, first: Route)] {
        RouteShapes.duplicates(in: spec.checkedRoutes)
    }
}
