import APISpecCore

/// Routes compared the way API Gateway matches requests: method and path shape,
/// parameter names ignored.
enum RouteShapes {
    /// Each route that repeats an earlier one, with the earlier one.
    static func duplicates(in routes: [Route]) -> [(route: Route, first: Route)] {
        // Positions, not copies: a route is hundreds of bytes.
        var firstByShape: [String: Int] = [:]
        firstByShape.reserveCapacity(routes.count)
        var found: [(Route, Route)] = []
        for (index, route) in routes.enumerated() {
            // One hash a route: the position is recorded and the earlier one returned at once;
            // a repeat (rare) puts the first route's position back.
            let shape = shape(of: route.key)
            if let first = firstByShape.updateValue(index, forKey: shape) {
                firstByShape[shape] = first
                found.append((route, routes[first]))
            }
        }
        return found
    }

    static func shape(of key: RouteKey) -> String {
        guard let method = key.method, let path = key.path else { return key.raw }
        return path.shape(after: method + " ")
    }

}
