import APISpecCore

struct TracingRequiresRest: Rule {
    let id = "tracing-requires-rest"
    let severity = Diagnostic.Severity.error
    let summary = "A stage turns on X-Ray `tracing` on an API that is not REST."
    let explanation = """
        `tracing: true` on a stage traces requests through API Gateway with AWS
        X-Ray, a setting REST API stages have and HTTP and WebSocket API stages
        lack: the stage would deploy untraced. To trace the Lambda functions
        behind any API, set `tracing: true` on the functions (or in
        `defaults.function`). `tracing: false` is what these APIs do anyway,
        so it passes.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                tracing: ↓true
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                tracing: true
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list, tracing: true}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                tracing: false
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol != .rest else { return }
        for stage in spec.checkedStages where stage.tracing == true {
            report.append(finding(
                "stage '\(stage.name)' sets `tracing`, but X-Ray traces REST API stages only, "
                    + "and this is \(spec.apiProtocol.singularName)",
                at: stage.provenance["tracing"],
                hint: "remove `tracing` here and set `tracing: true` on the functions, or use `protocol: rest`"))
        }
    }
}
