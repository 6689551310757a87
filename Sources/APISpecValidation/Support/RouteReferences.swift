import APISpecCore

/// The functions and authorizers the checked routes name, each once, gathered in one pass for
/// the rules that check references both ways (`unknown-function`, `unused-function`,
/// `unknown-authorizer`, `unused-authorizer`): a pass of each over 100,000 routes read every
/// route's storage from memory again, and looked each name up again.
struct RouteReferences: RouteGathering {
    /// Functions named in route integrations.
    private(set) var functions = Set<String>()
    /// Authorizers named in routes' `auth` (own or inherited from `defaults`).
    private(set) var authorizers = Set<String>()

    // A spec lists a function's routes together, and mostly one authorizer's.
    private var function = LastLookup<Void>()
    private var authorizer = LastLookup<Void>()

    /// Made for as many functions as the spec declares, which its routes mostly name: growing
    /// the set to that size moved its names a dozen times.
    init(_ spec: Spec, routeCount: Int) {
        functions.reserveCapacity(spec.functions.count)
    }

    mutating func add(_ routes: ArraySlice<Route>) {
        // Routes read in place, by position: a loop over them copies each.
        for index in routes.indices {
            routes[index].forEachFunctionName { name in
                function.value(for: name.value) { _ = functions.insert($0) }
            }
            if case .authorizer(let name)? = routes[index].auth?.value {
                authorizer.value(for: name) { _ = authorizers.insert($0) }
            }
        }
    }
}
