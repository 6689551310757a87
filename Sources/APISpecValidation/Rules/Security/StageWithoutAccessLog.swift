import APISpecCore

struct StageWithoutAccessLog: Rule {
    let id = "stage-without-access-log"
    let severity = Diagnostic.Severity.warning
    let summary = "A stage writes no access logs."
    let explanation = """
        Access logs are the record of who called the API, when, and with what
        result; without them an incident cannot be investigated and abuse goes
        unnoticed. Add `accessLog: {format: json}` (apispec creates the log
        group) or point `destination` at an existing log group.
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
                throttling: {rate: 100, burst: 200}
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
                throttling: {rate: 100, burst: 200}
                accessLog: {format: json, retentionDays: 30}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for stage in spec.checkedStages where stage.accessLog == nil {
            report.append(finding(
                "stage '\(stage.name)' writes no access logs",
                at: stage.provenance.entity,
                hint: "add `accessLog: {format: json}` to the stage"))
        }
    }
}
