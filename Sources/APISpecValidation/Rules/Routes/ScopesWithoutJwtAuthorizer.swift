import APISpecCore

struct ScopesWithoutJwtAuthorizer: RouteRule {
    let id = "scopes-without-jwt-authorizer"
    let severity = Diagnostic.Severity.error
    let summary = "A route lists OAuth scopes but is not protected by a JWT or Cognito authorizer."
    let explanation = """
        `scopes` are OAuth 2.0 scopes checked against the token a `jwt` or
        `cognito` authorizer validated. On a route with `auth: none`, `iam` or
        a Lambda authorizer, there is no such token, so the scopes would protect
        nothing. Use a JWT or Cognito authorizer on the route, or drop
        `scopes` and check permissions in the Lambda authorizer.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              createPet: {runtime: python3.12, handler: app.create}
            routes:
              POST /pets: {function: createPet, auth: iam, ↓scopes: [pets/write]}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets]}
            functions:
              createPet: {runtime: python3.12, handler: app.create}
            routes:
              POST /pets: {function: createPet, auth: users, scopes: [pets/write]}
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        var kinds = LastLookup<Authorizer.Kind?>()
        // Each route read in place, as `GreedySegmentNotLast` reads them. Its `auth` first, in
        // the route's own storage: the scopes of a route whose `auth` checks them, each list a
        // block of its own, are then never read (at 100,000 routes, a cache miss for each).
        for index in routes.indices {
            guard let auth = routes[index].auth?.value, !checksScopes(auth, in: spec, &kinds), !routes[index].scopes.isEmpty
            else { continue }
            let route = routes[index]
            report.append(finding(
                "route '\(route.key)' lists scopes, but `auth: \(auth)` does not check them",
                at: spec.keyLocation("scopes", in: route) ?? route.scopes[0].location,
                hint: "protect the route with a `jwt` or `cognito` authorizer, or remove `scopes`"))
        }
    }

    /// Unknown or broken authorizers are other rules' findings, not this one's.
    private func checksScopes(_ auth: AuthChoice, in spec: Spec, _ kinds: inout LastLookup<Authorizer.Kind?>) -> Bool {
        guard case .authorizer(let name) = auth else { return false }
        guard let kind = kinds.value(for: name, { spec.authorizers[$0]?.kind }), !spec.isBroken("authorizers", name) else { return true }
        return kind == .jwt || kind == .cognito
    }
}
