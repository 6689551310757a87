import APISpecCore

/// The IAM roles the checked routes' AWS integrations name, in route order, gathered as the
/// route rules read the routes (`invalid-role-arn`): a pass of its own read every route's
/// integrations from memory again at 100,000 routes, for the few routes that name a role.
struct RouteRoles: RouteGathering {
    private(set) var roles: [Located<String>] = []

    init(_ spec: Spec, routeCount: Int) {}

    mutating func add(_ routes: ArraySlice<Route>) {
        // Each route read in place, by position: a loop over them copies each.
        for index in routes.indices {
            routes[index].forEachIntegrationUnlessFunction { if case .aws(let aws) = $0, let role = aws.role { roles.append(role) } }
        }
    }
}
