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
            let shape = shape(of: route.key)
            if let first = firstByShape[shape] {
                found.append((route, routes[first]))
            } else {
                firstByShape[shape] = index
            }
        }
        return found
    }

    static func shape(of key: RouteKey) -> String {
        guard let method = key.method, let path = key.path else { return key.raw }
        return path.shape(after: method + " ")
    }

}
