import APISpecCore

struct TokenPatternWithoutTokenHeader: Rule {
    let id = "token-pattern-without-token-header"
    let severity = Diagnostic.Severity.error
    let summary = "A REST API's `lambda` authorizer has a `tokenPattern` but no `tokenHeader`: no token to match."
    let explanation = """
        On a REST API, a `lambda` authorizer is a TOKEN authorizer when it
        names a `tokenHeader`, and a REQUEST authorizer otherwise. Only a TOKEN
        authorizer has a token for `tokenPattern` to match: API Gateway's
        validation expression does not apply to REQUEST authorizers, so the
        pattern would be dropped and requests it was meant to turn away would
        reach the function. Add `tokenHeader` (the header holding the token) to
        make it a TOKEN authorizer, or remove `tokenPattern` and check the
        request in the function. A `cognito` authorizer's `tokenPattern` is
        checked as written; on HTTP and WebSocket APIs
        `token-authorizer-requires-rest` reports it.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner:
                type: lambda
                function: authorize
                identitySource: [method.request.header.X-Partner-Token]
                tokenPattern: ↓'^[a-f0-9]{32}$'
            routes:
              GET /pets: {function: listPets, auth: partner}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner: {type: lambda, function: authorize, tokenHeader: X-Partner-Token, tokenPattern: '^[a-f0-9]{32}$'}
              pool:
                type: cognito
                userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]
                tokenPattern: '^Bearer .+$'
            routes:
              GET /pets: {function: listPets, auth: partner}
              GET /owners: {function: listPets, auth: pool}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .rest else { return }
        for authorizer in spec.checkedAuthorizers
        where authorizer.kind == .lambda && authorizer.tokenPattern != nil && authorizer.tokenHeader == nil {
            report.append(finding(
                "`tokenPattern` means nothing to REQUEST authorizer '\(authorizer.name)': without `tokenHeader` "
                    + "it has no token to match, so the pattern would be dropped",
                at: authorizer.provenance["tokenPattern"],
                hint: "add `tokenHeader` (the header holding the token) to make it a TOKEN authorizer, "
                    + "or remove `tokenPattern`"))
        }
    }
}
