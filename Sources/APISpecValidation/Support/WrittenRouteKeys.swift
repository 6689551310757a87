import APISpecCore

/// The keys that some checked route writes, itself or through `defaults`: each protocol rule
/// looks route by route for a key of another protocol, which most specs never write, so
/// the routes are read once for all of them instead of once per rule.
struct WrittenRouteKeys: SharedItem {
    static func compute(_ spec: Spec, in work: SharedWork) -> [String] {
        // A list: a route writes a few of the route keys the language has, and every route
        // shares its inherited ones; comparing short strings costs less than hashing them.
        var keys: [String] = []
        for route in spec.checkedRoutes {
            route.provenance.forEachKey { key in
                if !keys.contains(key) { keys.append(key) }
            }
        }
        return keys
    }
}
