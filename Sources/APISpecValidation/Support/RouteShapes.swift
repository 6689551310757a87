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
