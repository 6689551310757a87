import APISpecCore

/// The functions and authorizers the checked routes name, each once, gathered in one pass for
/// the rules that check references both ways (`unknown-function`, `unused-function`,
/// `unknown-authorizer`, `unused-authorizer`): a pass of each over 100,000 routes read every
/// route's storage from memory again, and looked each name up again.
struct RouteReferences: SharedItem {
    /// Functions named in route integrations.
    var functions = Set<String>()
    /// Authorizers named in routes' `auth` (own or inherited from `defaults`).
    var authorizers = Set<String>()

    static func compute(_ spec: Spec, in work: SharedWork) -> RouteReferences {
        var references = RouteReferences()
        // A spec lists a function's routes together, and mostly one authorizer's.
        var function = LastLookup<Void>()
        var authorizer = LastLookup<Void>()
        // Routes read in place, by position: a loop over them copies each.
        let routes = spec.checkedRoutes
        for index in routes.indices {
            routes[index].forEachFunctionName { name in
                function.value(for: name.value) { _ = references.functions.insert($0) }
            }
            if case .authorizer(let name)? = routes[index].auth?.value {
                authorizer.value(for: name) { _ = references.authorizers.insert($0) }
            }
        }
        return references
    }
}
