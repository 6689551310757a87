import APISpecCore

struct PayloadVersionRequiresHttp: SharingRule {
    let id = "payload-version-requires-http"
    let severity = Diagnostic.Severity.error
    let summary = "`payloadVersion` is set on an API that is not an HTTP API."
    let explanation = """
        Only HTTP APIs let a Lambda integration or authorizer choose the event
        format (`1.0` or `2.0`). REST APIs always send the 1.0 proxy event,
        and WebSocket APIs their own, so the setting would be ignored.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none, ↓payloadVersion: "2.0"}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none, payloadVersion: "1.0"}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        reportKeys(
            [["defaults", "payloadVersion"]] +
            spec.routeKeyPaths("payloadVersion", shared: shared) +
            spec.checkedAuthorizers.map { ["authorizers", $0.name, "payloadVersion"] },
            in: spec, supportedOn: [.http], &report)
    }
}
