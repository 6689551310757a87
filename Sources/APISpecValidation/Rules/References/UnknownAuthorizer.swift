import APISpecCore

struct UnknownAuthorizer: SharingRule {
    let id = "unknown-authorizer"
    let severity = Diagnostic.Severity.error
    let summary = "`auth:` or `local.jwks` names an authorizer that is not declared."
    let explanation = """
        A route's `auth:` (or `defaults.auth`) is `none`, `iam`, or the name of an
        authorizer declared under `authorizers:`. Any other name is a typo or a
        missing declaration, and the route would have no working protection.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets]}
            functions:
              createPet: {runtime: python3.12, handler: app.create}
            routes:
              POST /pets: {function: createPet, auth: ↓user}
            """),
        .triggering("""
            apispec: 1
            name: pets
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets]}
            defaults:
              auth: ↓partner
            functions:
              createPet: {runtime: python3.12, handler: app.create}
            routes:
              POST /pets: {function: createPet}
              PUT /pets/{id}: {function: createPet, auth: users}
            local:
              jwks: {↓user: test/jwks.json}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets]}
            functions:
              createPet: {runtime: python3.12, handler: app.create}
            routes:
              POST /pets: {function: createPet, auth: users}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        var declared = LastLookup<Bool>()
        // The routes' references are passed over again only when one of their names is undeclared.
        let inRoutes = shared.value(of: RouteReferences.self, for: spec).authorizers.contains {
            !spec.authorizers.keys.contains($0) && !spec.isBroken("authorizers", $0)
        }
        spec.forEachAuthorizerReference(inRoutes: inRoutes) { reference in
            guard !declared.value(for: reference.value, spec.authorizers.keys.contains), !spec.isBroken("authorizers", reference.value)
            else { return }
            report.append(finding(
                "authorizer '\(reference.value)' is not declared",
                at: reference.location,
                hint: Suggestions.hint(
                    for: reference.value, among: Array(spec.authorizers.keys), section: "authorizers",
                    alternatives: "`none` or `iam`")))
        }
    }
}
