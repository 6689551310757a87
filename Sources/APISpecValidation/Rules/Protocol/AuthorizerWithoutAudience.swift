import APISpecCore

struct AuthorizerWithoutAudience: Rule {
    let id = "authorizer-without-audience"
    let severity = Diagnostic.Severity.error
    let summary = "A `cognito` or `jwt` authorizer of an HTTP API has no `audience`."
    let explanation = """
        HTTP APIs check tokens with JWT authorizers, and a `cognito` authorizer
        becomes one on its user pool's issuer. A JWT authorizer accepts a token
        only when its `aud` (or Cognito's `client_id`) claim is one of the
        authorizer's audiences, and API Gateway requires at least one: list the
        IDs of the app clients whose tokens the API accepts in `audience`. REST
        APIs' Cognito authorizers check the user pool alone and need none.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              ↓pool: {type: cognito, userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]}
              users: {type: jwt, issuer: https://auth.example.com/, audience: ↓[]}
            routes:
              GET /pets: {function: listPets, auth: pool}
              GET /owners: {function: listPets, auth: users}
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
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              pool: {type: cognito, userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]}
            routes:
              GET /pets: {function: listPets, auth: pool}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .http else { return }
        for authorizer in spec.checkedAuthorizers
        where [.cognito, .jwt].contains(authorizer.kind) && authorizer.audience.isEmpty {
            report.append(finding(
                "`\(authorizer.kind.rawValue)` authorizer '\(authorizer.name)' has no `audience`, which the JWT "
                    + "authorizer of an HTTP API requires",
                at: authorizer.provenance["audience"],
                hint: "add `audience: [<app client id>]`, the IDs of the app clients whose tokens the API accepts"))
        }
    }
}
