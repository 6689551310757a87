import APISpecCore

struct ApiKeysRequireRest: SharingRule {
    let id = "api-keys-require-rest"
    let severity = Diagnostic.Severity.error
    let summary = "`apiKeys` or a route's `apiKeyRequired` is set on an API that is not REST."
    let explanation = """
        API keys identify REST API clients for usage plans; a route with
        `apiKeyRequired: true` rejects requests without a valid key. HTTP and
        WebSocket APIs have no API keys, so the route would be open to
        everyone. Protect it with an authorizer instead.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none, ↓apiKeyRequired: true}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none, apiKeyRequired: true}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        reportKeys(
            [["apiKeys"]] +
            spec.routeKeyPaths("apiKeyRequired", shared: shared),
            in: spec, supportedOn: [.rest], &report)
    }
}
