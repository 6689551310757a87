import APISpecCore

struct AuthorizerTtlOutOfRange: Rule {
    let id = "authorizer-ttl-out-of-range"
    let severity = Diagnostic.Severity.error
    let summary = "An authorizer's `resultTtl` is outside API Gateway's 0-3600 seconds."
    let explanation = """
        API Gateway caches an authorizer's decision for `resultTtl` seconds,
        from 0 (no caching) to 3600 (one hour). Other values are rejected at
        deployment. Long caching saves Lambda invocations but delays the effect
        of revoking access.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner: {type: lambda, function: authorize, resultTtl: ↓86400}
            routes:
              GET /pets: {function: listPets, auth: partner}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner: {type: lambda, function: authorize, resultTtl: 300}
            routes:
              GET /pets: {function: listPets, auth: partner}
            """),
    ] }

    static let range = 0...3600

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for authorizer in spec.checkedAuthorizers {
            guard let ttl = authorizer.resultTtl, !Self.range.contains(ttl) else { continue }
            report.append(finding(
                "result TTL \(ttl) s is outside API Gateway's range of 0-3600 seconds",
                at: authorizer.provenance["resultTtl"],
                hint: "set `resultTtl` between 0 (no caching) and 3600"))
        }
    }
}
