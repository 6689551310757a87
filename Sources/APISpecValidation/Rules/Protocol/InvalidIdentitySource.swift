import APISpecCore

struct InvalidIdentitySource: Rule {
    let id = "invalid-identity-source"
    let severity = Diagnostic.Severity.error
    let summary = "An authorizer's `identitySource` is not a request header, query string, context or stage variable."
    let explanation = """
        `identitySource` names where the caller's identity comes from:
        `$request.header.<Name>`, `$request.querystring.<name>`,
        `$context.<variable>` or `$stageVariables.<name>`. apispec rewrites them
        into each protocol's own form (`method.request.header.<Name>` on REST,
        `route.request.header.<Name>` on WebSocket), so this form works on
        every protocol; the protocol's own form is accepted too. API Gateway
        rejects anything else.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner: {type: lambda, function: authorize, identitySource: [↓X-Partner-Token]}
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
              partner:
                type: lambda
                function: authorize
                identitySource: [$request.header.X-Partner-Token, $request.querystring.tenant]
            routes:
              GET /pets: {function: listPets, auth: partner}
            """),
    ] }

    static let prefixes = [
        "$request.header.", "$request.querystring.", "$context.", "$stageVariables.",
        "method.request.header.", "method.request.querystring.", "context.", "stageVariables.",
        "route.request.header.", "route.request.querystring.",
    ]

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for authorizer in spec.checkedAuthorizers {
            for source in authorizer.identitySource where !isValid(source.value) {
                report.append(finding(
                    "'\(source.value)' is not an identity source API Gateway can read",
                    at: source.location,
                    hint: "write `$request.header.<Name>`, `$request.querystring.<name>`, `$context.<variable>` "
                        + "or `$stageVariables.<name>`"))
            }
        }
    }

    private func isValid(_ source: String) -> Bool {
        Self.prefixes.contains { prefix in
            source.hasPrefix(prefix) && source.count > prefix.count && !source.contains(" ")
        }
    }
}
