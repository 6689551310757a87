import APISpecCore

struct ScopesWithoutJwtAuthorizer: SharingRule {
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

    /// The routes `RouteReferences` found, judged as it read each route's `auth`: a route's
    /// scopes, each list a block of its own, are read only when its `auth` does not check them
    /// (at 100,000 routes, a cache miss for each).
    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let routes = spec.checkedRoutes
        for index in shared.value(of: RouteReferences.self, for: spec).uncheckedScopes {
            let route = routes[index]
            guard let auth = route.auth?.value else { continue }
            report.append(finding(
                "route '\(route.key)' lists scopes, but `auth: \(auth)` does not check them",
                at: spec.keyLocation("scopes", in: route) ?? route.scopes[0].location,
                hint: "protect the route with a `jwt` or `cognito` authorizer, or remove `scopes`"))
        }
    }
}
