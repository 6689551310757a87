import APISpecCore

struct TokenAuthorizerRequiresRest: Rule {
    let id = "token-authorizer-requires-rest"
    let severity = Diagnostic.Severity.error
    let summary = "A Lambda authorizer sets `tokenHeader` or `tokenPattern` on an API that is not REST."
    let explanation = """
        `tokenHeader` makes a REST API Lambda authorizer a TOKEN authorizer,
        which receives one header's value (optionally checked against
        `tokenPattern`). HTTP and WebSocket APIs have only REQUEST authorizers:
        name the header in `identitySource` instead, such as
        `$request.header.Authorization`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner: {type: lambda, function: authorize, ↓tokenHeader: Authorization}
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
              partner: {type: lambda, function: authorize, identitySource: [$request.header.Authorization]}
            routes:
              GET /pets: {function: listPets, auth: partner}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        let paths = spec.checkedAuthorizers.flatMap { authorizer in
            ["tokenHeader", "tokenPattern"].map { ["authorizers", authorizer.name, $0] }
        }
        reportKeys(paths, in: spec, supportedOn: [.rest], &report)
    }
}
