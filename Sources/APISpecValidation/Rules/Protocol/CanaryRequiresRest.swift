import APISpecCore

struct CanaryRequiresRest: Rule {
    let id = "canary-requires-rest"
    let severity = Diagnostic.Severity.error
    let summary = "A stage sets `canary` on an API that is not REST."
    let explanation = """
        Canary releases send a percentage of a stage's traffic to a new
        deployment, a REST API stage feature. HTTP and WebSocket API stages
        have no canary settings, so the whole stage would switch at once.
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
                ↓canary: {percent: 10}
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
                canary: {percent: 10}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        reportKeys(spec.checkedStages.map { ["stages", $0.name, "canary"] }, in: spec, supportedOn: [.rest], &report)
    }
}
