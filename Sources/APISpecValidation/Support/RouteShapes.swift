import APISpecCore

/// Routes compared the way API Gateway matches requests: method and path shape,
/// parameter names ignored.
enum RouteShapes {
    /// Each route that repeats an earlier one, with the earlier one.
    static func duplicates(in routes: [Route]) -> [(route: Route, first: Route)] {
        var shapes = LastPath<String>()
        return Repeats.find(count: routes.count) { index -> Shape in
            let key = routes[index].key
            guard let method = key.method, let path = key.path else { return Shape(method: nil, path: key.raw) }
            return Shape(method: method, path: shapes.value(for: path, \.shape))
        }.map { (routes[$0.index], routes[$0.first]) }
    }

    /// A route's method and its path's shape; a key with no method and path is all path.
    /// A method holds no space, so two shapes are equal exactly when `METHOD shape` are.
    struct Shape: Hashable {
        var method: String?
        var path: String

        /// A WebSocket key hashes as its text alone, as it did before it had a method beside it.
        func hash(into hasher: inout Hasher) {
            hasher.combine(path)
            if let method { hasher.combine(method) }
        }
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
