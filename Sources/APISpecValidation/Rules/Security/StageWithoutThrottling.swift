import APISpecCore

struct StageWithoutThrottling: Rule {
    let id = "stage-without-throttling"
    let severity = Diagnostic.Severity.warning
    let summary = "A stage sets no throttling limits."
    let explanation = """
        Without stage throttling, one client (or a bug in one) can use the whole
        account's API Gateway request quota, shared by every API in the region,
        and drive Lambda concurrency and cost up with it. Set `throttling: {rate,
        burst}` on every stage, sized for the traffic the stage should take.
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
              ↓prod:
                accessLog: {format: json}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                accessLog: {format: json}
                throttling: {rate: 100, burst: 200}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for stage in spec.checkedStages where stage.throttling == nil {
            report.append(finding(
                "stage '\(stage.name)' has no throttling limits",
                at: stage.provenance.entity,
                hint: "add `throttling: {rate: <requests per second>, burst: <requests>}` to the stage"))
        }
    }
}
