import APISpecCore

struct UnknownStage: Rule {
    let id = "unknown-stage"
    let severity = Diagnostic.Severity.error
    let summary = "A domain mapping, usage plan or `local.stage` names a stage that is not deployed."
    let explanation = """
        Custom domain mappings (`mappings: {/v1: prod}`), usage plans
        (`stages: [prod]`) and `local.stage` refer to stages by name. The name
        must be one of `stages:`, or, when no stages are declared, the implicit
        one: `$default` for HTTP APIs and `prod` for REST and WebSocket APIs.
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
              prod: {}
            domains:
              api.example.com:
                certificate: arn:aws:acm:eu-west-1:123456789012:certificate/abc
                mappings: {/v1: ↓production}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            local:
              stage: prod
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        var references: [Located<String>] = []
        for domain in spec.checkedDomains { references += domain.mappings.map(\.stage) }
        for plan in spec.usagePlans.values where !spec.isBroken("usagePlans", plan.name) {
            references += plan.stages ?? []
        }
        if let stage = spec.checkedLocal?.stage { references.append(stage) }

        let deployed = spec.effectiveStages
        for reference in references
        where !deployed.keys.contains(reference.value) && !spec.isBroken("stages", reference.value) {
            report.append(finding(
                "stage '\(reference.value)' is not declared",
                at: reference.location,
                hint: Suggestions.hint(for: reference.value, among: Array(deployed.keys), section: "stages")))
        }
    }
}
