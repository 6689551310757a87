import APISpecCore

struct AudienceOnRest: Rule {
    let id = "audience-on-rest"
    let severity = Diagnostic.Severity.error
    let summary = "A REST API's `cognito` authorizer lists an `audience`, which REST does not check."
    let explanation = """
        A REST API's Cognito user pool authorizer accepts any valid, unexpired
        token one of its `userPools` issued, whichever app client it was issued
        to: it has no audience setting, so `audience` would be dropped and
        tokens of every app client in the pool would get in. That is a security
        problem, not a style one. To limit which tokens a REST route accepts,
        list OAuth `scopes` on the route (checked against access tokens), or
        decide in a `lambda` authorizer; an HTTP API's JWT authorizer checks
        `audience` itself. `audience: []` asks for nothing and passes.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              pool:
                type: cognito
                userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]
                audience: ↓[4example5client6id]
            routes:
              GET /pets: {function: listPets, auth: pool}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              pool: {type: cognito, userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]}
            routes:
              GET /pets: {function: listPets, auth: pool, scopes: [pets/read]}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              pool:
                type: cognito
                userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]
                audience: [4example5client6id]
            routes:
              GET /pets: {function: listPets, auth: pool}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .rest else { return }
        for authorizer in spec.checkedAuthorizers where authorizer.kind == .cognito && !authorizer.audience.isEmpty {
            report.append(finding(
                "`cognito` authorizer '\(authorizer.name)' lists an `audience`, but a REST API's Cognito authorizer "
                    + "accepts the tokens of every app client of its user pools (HTTP APIs check the audience)",
                at: authorizer.provenance["audience"],
                hint: "remove `audience` and list OAuth `scopes` on the routes, decide in a `lambda` authorizer, "
                    + "or use `protocol: http`"))
        }
    }
}
