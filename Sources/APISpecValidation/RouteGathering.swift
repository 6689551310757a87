import APISpecCore

/// Shared work gathered from the checked routes one after another. The validator gathers it
/// over the blocks of routes it reads for the route rules, while they are still in the caches
/// (`BlockPass`): a pass of its own read a 100,000-route model from memory once more. Its
/// types are listed in a constant (`BlockPass.gatherings`): a metatype shared as any value is.
protocol RouteGathering: SharedItem, SendableMetatype where Value == Self {
    /// Nothing gathered yet, from `routeCount` routes of `spec` to come.
    init(_ spec: Spec, routeCount: Int)

    /// Gathers from `routes`, the checked routes after those gathered before (their positions
    /// in `checkedRoutes`).
    mutating func add(_ routes: ArraySlice<Route>)
}

extension RouteGathering {
    static func compute(_ spec: Spec, in work: SharedWork) -> Self {
        gathered(from: spec.checkedRoutes, of: spec)
    }

    /// What `routes` of `spec` give, all at once.
    static func gathered(from routes: [Route], of spec: Spec) -> Self {
        var gathered = Self(spec, routeCount: routes.count)
        gathered.add(routes[...])
        return gathered
    }
}
