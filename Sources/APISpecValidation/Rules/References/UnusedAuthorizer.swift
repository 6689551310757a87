import APISpecCore

struct UnusedAuthorizer: SharingRule {
    let id = "unused-authorizer"
    let severity = Diagnostic.Severity.warning
    let summary = "A declared authorizer protects no route."
    let explanation = """
        An authorizer that no route's `auth:` (nor `defaults.auth`) names protects
        nothing. Often a route meant to use it says `auth: none` or names
        another authorizer by mistake, leaving it less protected than intended.
        Use the authorizer on its routes, or remove it.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            authorizers:
              ↓users: {type: jwt, issuer: https://auth.example.com/, audience: [pets]}
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets]}
            defaults:
              auth: users
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        guard !spec.broken.contains(where: { $0.hasPrefix("routes.") }) else { return }
        // No route is broken, so the checked routes are all of them.
        let used = shared.value(of: RouteReferences.self, for: spec).authorizers
        for authorizer in spec.checkedAuthorizers where !used.contains(authorizer.name) {
            report.append(finding(
                "authorizer '\(authorizer.name)' protects no route",
                at: authorizer.provenance.entity,
                hint: "name it in a route's `auth:` or in `defaults.auth`, or remove it"))
        }
    }
}
