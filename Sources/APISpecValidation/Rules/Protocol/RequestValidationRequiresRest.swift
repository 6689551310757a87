import APISpecCore

struct RequestValidationRequiresRest: SharingRule {
    let id = "request-validation-requires-rest"
    let severity = Diagnostic.Severity.error
    let summary = "A route sets `request` validation on an API that is not REST."
    let explanation = """
        REST APIs can reject requests that lack required parameters or whose
        body does not match a JSON Schema, before the integration runs. HTTP
        and WebSocket APIs have no request validators, so the checks would
        silently not happen; validate in the function instead.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              createPet: {runtime: python3.12, handler: app.create}
            routes:
              POST /pets:
                function: createPet
                auth: iam
                ↓request: {parameters: [header.X-Request-Id]}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              createPet: {runtime: python3.12, handler: app.create}
            routes:
              POST /pets:
                function: createPet
                auth: iam
                request: {parameters: [header.X-Request-Id]}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        reportKeys(
            spec.routeKeyPaths("request", shared: shared),
            in: spec, supportedOn: [.rest], &report)
    }
}
