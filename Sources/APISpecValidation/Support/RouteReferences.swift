import APISpecCore

/// The functions and authorizers the checked routes name, each once, gathered in one pass for
/// the rules that check references both ways (`unknown-function`, `unused-function`,
/// `unknown-authorizer`, `unused-authorizer`): a pass of each over 100,000 routes read every
/// route's storage from memory again, and looked each name up again. The rules that judge a
/// route by its function or its `auth` are judged here too, as each route's function and
/// `auth` are read (a copy of each, which a rule reading them again made again): which routes
/// `function-timeout-exceeds-integration-timeout`, `scopes-without-jwt-authorizer` and
/// `public-mutating-route` report.
struct RouteReferences: RouteGathering {
    /// Functions named in route integrations.
    private(set) var functions = Set<String>()
    /// Authorizers named in routes' `auth` (own or inherited from `defaults`).
    private(set) var authorizers = Set<String>()
    /// Routes whose one integration is a function that may run longer than the route's
    /// integration timeout.
    private(set) var outlastingFunctions: [Int] = []
    /// Routes that list scopes their `auth` does not check.
    private(set) var uncheckedScopes: [Int] = []
    /// Routes that can change data and that `auth: none` makes public.
    private(set) var publicMutating: [Int] = []

    private let spec: Spec
    private let defaultTimeout: Int
    // A spec lists a function's routes together, and mostly one authorizer's: the function's
    // timeout (nil when it is not declared or the decoder reported it), and whether the
    // authorizer checks scopes.
    private var function = LastLookup<Int?>()
    private var authorizer = LastLookup<Bool>()

    /// Made for as many functions as the spec declares, which its routes mostly name: growing
    /// the set to that size moved its names a dozen times.
    init(_ spec: Spec, routeCount: Int) {
        self.spec = spec
        defaultTimeout = IntegrationTimeouts.defaultMaximum(spec.apiProtocol)
        functions.reserveCapacity(spec.functions.count)
    }

    mutating func add(_ routes: ArraySlice<Route>) {
        // Routes read in place, by position: a loop over them copies each.
        for index in routes.indices {
            if let name = routes[index].functionIntegration {
                if let timeout = timeout(ofFunction: name.value),
                   FunctionTimeoutExceedsIntegrationTimeout.outlasts(timeout, routes[index].timeoutMilliseconds ?? defaultTimeout) {
                    outlastingFunctions.append(index)
                }
            } else {
                routes[index].forEachIntegration { if case .function(let name) = $0 { _ = timeout(ofFunction: name.value) } }
            }
            switch routes[index].auth?.value {
            case .authorizer(let name)?:
                if !checksScopes(name), !routes[index].scopes.isEmpty { uncheckedScopes.append(index) }
            case .some(.iam):
                if !routes[index].scopes.isEmpty { uncheckedScopes.append(index) }
            case .some(.none):
                if !routes[index].scopes.isEmpty { uncheckedScopes.append(index) }
                if PublicMutatingRoute.isMutating(routes[index].key, on: spec.apiProtocol) { publicMutating.append(index) }
            case nil:
                break
            }
        }
    }

    private mutating func timeout(ofFunction name: String) -> Int? {
        function.value(for: name) { name in
            functions.insert(name)
            return spec.isBroken("functions", name) ? nil : spec.functions[name]?.timeout
        }
    }

    /// Unknown or broken authorizers are other rules' findings, not `scopes-without-jwt-authorizer`'s.
    private mutating func checksScopes(_ name: String) -> Bool {
        authorizer.value(for: name) { name in
            authorizers.insert(name)
            guard let kind = spec.authorizers[name]?.kind, !spec.isBroken("authorizers", name) else { return true }
            return kind == .jwt || kind == .cognito
        }
    }
}
