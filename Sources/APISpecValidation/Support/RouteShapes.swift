import APISpecCore

/// Routes compared the way API Gateway matches requests: method and path shape,
/// parameter names ignored.
enum RouteShapes {
    /// Each route that repeats an earlier one, with the earlier one.
    static func duplicates(in routes: [Route]) -> [(route: Route, first: Route)] {
        Repeats.find(count: routes.count) { shape(of: routes[$0].key) }.map { (routes[$0.index], routes[$0.first]) }
    }

    static func shape(of key: RouteKey) -> String {
        guard let method = key.method, let path = key.path else { return key.raw }
        return path.shape(after: method + " ")
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
