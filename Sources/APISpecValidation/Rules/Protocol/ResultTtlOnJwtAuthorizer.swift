import APISpecCore

struct ResultTtlOnJwtAuthorizer: Rule {
    let id = "result-ttl-on-jwt-authorizer"
    let severity = Diagnostic.Severity.error
    let summary = "An HTTP API's `jwt` or `cognito` authorizer asks to cache its decisions with `resultTtl`."
    let explanation = """
        An HTTP API checks `jwt` and `cognito` authorizers' tokens with its
        built-in JWT authorizer, which has no result cache: API Gateway's
        authorizer TTL setting is for HTTP API Lambda authorizers only, so the
        value would be dropped. Remove it; `resultTtl: 0` (no caching) is what
        JWT authorizers do anyway, so it passes. To cache decisions, use a
        `lambda` authorizer (or a REST API, whose Cognito authorizers cache).
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets-web], resultTtl: ↓300}
              pool:
                type: cognito
                userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]
                audience: [4example5client6id]
                resultTtl: ↓60
            routes:
              GET /pets: {function: listPets, auth: users}
              GET /owners: {function: listPets, auth: pool}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets-web], resultTtl: 0}
            routes:
              GET /pets: {function: listPets, auth: users}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              pool: {type: cognito, userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"], resultTtl: 300}
            routes:
              GET /pets: {function: listPets, auth: pool}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .http else { return }
        for authorizer in spec.checkedAuthorizers where [.cognito, .jwt].contains(authorizer.kind) {
            guard let ttl = authorizer.resultTtl, ttl > 0 else { continue }
            report.append(finding(
                "`\(authorizer.kind.rawValue)` authorizer '\(authorizer.name)' sets `resultTtl: \(ttl)`, but an "
                    + "HTTP API's JWT authorizer caches nothing (its Lambda authorizers can)",
                at: authorizer.provenance["resultTtl"],
                hint: "remove `resultTtl`: API Gateway checks the token's signature, issuer, audience and expiry "
                    + "on every request"))
        }
    }
}
