import APISpecCore

struct CanaryPercentOutOfRange: Rule {
    let id = "canary-percent-out-of-range"
    let severity = Diagnostic.Severity.error
    let summary = "A canary's `percent` is not between 0 and 100."
    let explanation = """
        `canary.percent` is the share of a REST stage's traffic sent to the
        canary deployment, from 0.0 to 100.0. Other values are rejected by API
        Gateway.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                canary: {percent: ↓150}
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
                canary: {percent: 12.5}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for stage in spec.checkedStages {
            guard let canary = stage.canary, !(0...100).contains(canary.percent) else { continue }
            report.append(finding(
                "canary percent \(percentText(canary.percent)) is not between 0 and 100",
                at: canary.provenance["percent"],
                hint: "set `percent` between 0 and 100"))
        }
    }

    private func percentText(_ percent: Double) -> String {
        percent == percent.rounded() && abs(percent) < 1e15 ? String(Int(percent)) : String(percent)
    }
}
