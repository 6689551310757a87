import APISpecCore

struct CognitoSinglePoolOnHttp: Rule {
    let id = "cognito-single-pool-on-http"
    let severity = Diagnostic.Severity.error
    let summary = "A `cognito` authorizer of an HTTP API lists more than one user pool."
    let explanation = """
        An HTTP API checks Cognito tokens with a JWT authorizer, and a JWT
        authorizer has exactly one issuer: the first pool's. Tokens from the
        other pools would be refused although the spec lists them. Keep one
        pool per authorizer and give each pool its own `cognito` authorizer, or
        use `protocol: rest`, whose Cognito authorizers accept several pools.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              pool:
                type: cognito
                audience: [4example5client6id]
                userPools:
                  - arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Staff
                  - ↓arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Partners
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
              pool:
                type: cognito
                userPools:
                  - arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Staff
                  - arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Partners
            routes:
              GET /pets: {function: listPets, auth: pool}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .http else { return }
        for authorizer in spec.checkedAuthorizers where authorizer.kind == .cognito {
            for pool in authorizer.userPools.dropFirst() {
                report.append(finding(
                    "`cognito` authorizer '\(authorizer.name)' lists a second user pool, but an HTTP API's JWT "
                        + "authorizer trusts one issuer: the first pool's",
                    at: pool.location,
                    hint: "give this pool its own `cognito` authorizer, or use `protocol: rest`"))
            }
        }
    }
}
