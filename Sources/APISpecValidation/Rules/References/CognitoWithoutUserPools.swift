import APISpecCore

struct CognitoWithoutUserPools: Rule {
    let id = "cognito-without-user-pools"
    let severity = Diagnostic.Severity.error
    let summary = "A `cognito` authorizer's `userPools` is an empty list."
    let explanation = """
        A `cognito` authorizer trusts the tokens its `userPools` issue, so it
        needs at least one pool: a REST API's Cognito authorizer is created
        with the pools' ARNs, and an HTTP API's JWT authorizer takes its issuer
        from the first pool. With `userPools: []` there is no issuer to check
        tokens against, and API Gateway rejects the authorizer. List the user
        pool (`arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>`, or a
        `${param:Name}` holding one), or use a `jwt` authorizer with its own
        `issuer`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              pool: {type: cognito, userPools: ↓[]}
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
        guard AuthorizerTypeNotSupported.supported(on: spec.apiProtocol).contains(.cognito) else { return }
        // A `userPools` the decoder could not read marks the authorizer broken, so an empty list here was written so.
        for authorizer in spec.checkedAuthorizers where authorizer.kind == .cognito && authorizer.userPools.isEmpty {
            report.append(finding(
                "`cognito` authorizer '\(authorizer.name)' lists no user pool, so no token issuer to trust",
                at: authorizer.provenance["userPools"],
                hint: "list the pool's ARN, for example "
                    + "`userPools: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X]`"))
        }
    }
}
