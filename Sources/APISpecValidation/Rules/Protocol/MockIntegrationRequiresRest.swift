import APISpecCore

struct MockIntegrationRequiresRest: SharingRule {
    let id = "mock-integration-requires-rest"
    let severity = Diagnostic.Severity.error
    let summary = "A route uses a `mock` integration on an API that is not REST."
    let explanation = """
        A mock integration answers from API Gateway itself, without a backend.
        Only REST APIs have it. On an HTTP API, return fixed answers from a
        small Lambda function instead.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            routes:
              GET /health:
                ↓mock: {status: 200, body: '{"ok": true}'}
                auth: none
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            routes:
              GET /health:
                mock: {status: 200, body: '{"ok": true}'}
                auth: none
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        reportKeys(spec.routeKeyPaths("mock", shared: shared), in: spec, supportedOn: [.rest], &report)
    }
}
