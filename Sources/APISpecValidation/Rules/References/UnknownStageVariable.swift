import APISpecCore

struct UnknownStageVariable: Rule {
    let id = "unknown-stage-variable"
    let severity = Diagnostic.Severity.error
    let summary = "`${stage:Name}` refers to a stage variable no stage declares."
    let explanation = """
        `${stage:Name}` becomes API Gateway's `${stageVariables.Name}`, read from
        the stage that serves the request. A variable that no stage declares
        under `variables:` is empty at run time, which usually breaks the
        integration it is part of. The finding points at the `$` of the
        reference.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            routes:
              ANY /legacy/{proxy+}:
                http: https://↓${stage:BackendHost}/{proxy}
                auth: iam
            stages:
              prod:
                variables: {LEGACY_HOST: legacy.example.com}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            routes:
              ANY /legacy/{proxy+}:
                http: https://${stage:LEGACY_HOST}/{proxy}
                auth: iam
            stages:
              prod:
                variables: {LEGACY_HOST: legacy.example.com}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        let declared = spec.declaredStageVariables
        let known = Array(declared).sorted()
        for reference in Reference.all(in: spec)
        where reference.namespace == .stage && !declared.contains(reference.name) {
            report.append(finding(
                "stage variable '\(reference.name)' is not declared by any stage",
                at: reference.location,
                hint: Suggestions.hint(for: reference.name, among: known, section: "stages.<name>.variables")))
        }
    }
}
