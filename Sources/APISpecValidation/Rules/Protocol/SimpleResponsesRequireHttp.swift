import APISpecCore

struct SimpleResponsesRequireHttp: Rule {
    let id = "simple-responses-require-http"
    let severity = Diagnostic.Severity.error
    let summary = "A Lambda authorizer sets `simpleResponses` on an API that is not an HTTP API."
    let explanation = """
        Simple responses let an HTTP API Lambda authorizer answer
        `{"isAuthorized": true}` instead of an IAM policy. REST and WebSocket
        authorizers must return a policy document, so a function written for
        simple responses would deny every request.
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
              partner: {type: lambda, function: authorize, ↓simpleResponses: true}
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
              partner: {type: lambda, function: authorize, simpleResponses: true}
            routes:
              GET /pets: {function: listPets, auth: partner}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        reportKeys(
            spec.checkedAuthorizers.map { ["authorizers", $0.name, "simpleResponses"] },
            in: spec, supportedOn: [.http], &report)
    }
}
