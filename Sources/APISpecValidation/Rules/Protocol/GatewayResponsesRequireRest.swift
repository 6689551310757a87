import APISpecCore

struct GatewayResponsesRequireRest: Rule {
    let id = "gateway-responses-require-rest"
    let severity = Diagnostic.Severity.error
    let summary = "`gatewayResponses` is set on an API that is not REST."
    let explanation = """
        Gateway responses customize the errors API Gateway itself returns
        (missing auth token, throttled, integration timeout, ...). Only REST
        APIs have them; HTTP and WebSocket APIs return fixed error bodies, so
        the overrides would never be used.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            ↓gatewayResponses:
              DEFAULT_4XX: {status: 400, body: '{"error": "bad request"}'}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            gatewayResponses:
              DEFAULT_4XX: {status: 400, body: '{"error": "bad request"}'}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        reportKeys([["gatewayResponses"]], in: spec, supportedOn: [.rest], &report)
    }
}
