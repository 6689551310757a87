import APISpecCore

/// Routes compared the way API Gateway matches requests: method and path shape,
/// parameter names ignored.
enum RouteShapes {
    /// Each route (its position in `routes`) that repeats an earlier one, with the earlier one;
    /// `paths` are `routes`' own. Routes are hashed in the pass that finds `paths`, each path's
    /// shape once for the routes written on it in a row; shapes are made only where an earlier
    /// route's hash agrees.
    static func duplicates(in routes: [Route], _ paths: PathRuns) -> [(index: Int, first: Int)] {
        let hashes = paths.keyHashes
        return Repeats.find(count: routes.count, hash: { Int(hashes[$0]) }, same: { shape(of: routes[$0]) == shape(of: routes[$1]) })
    }

    /// A route's hash from its path's `shapeHash` and its method's `methodHash`.
    static func keyHash(shape: Int, method: Int) -> Int { shape &+ method &* 31 }

    /// The hash of a route key with no method and path, which is all path.
    static func keyHash(ofRaw raw: String) -> Int { raw.hashValue }

    static func methodHash(_ method: String) -> Int { method.hashValue }

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

/// The checked routes that repeat an earlier one (positions in `checkedRoutes`), with the earlier
/// one, found once for both rules that read them: `duplicate-route` reports them, and
/// `conflicting-path-parameter-names` leaves them to it.
struct DuplicateRoutes: SharedItem {
    static func compute(_ spec: Spec, in work: SharedWork) -> [(index: Int, first: Int)] {
        RouteShapes.duplicates(in: spec.checkedRoutes, work.value(of: PathRuns.self, for: spec))
    }
}
