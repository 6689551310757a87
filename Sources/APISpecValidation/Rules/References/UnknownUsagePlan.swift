import APISpecCore

struct UnknownUsagePlan: Rule {
    let id = "unknown-usage-plan"
    let severity = Diagnostic.Severity.error
    let summary = "An API key is attached to a usage plan that is not declared."
    let explanation = """
        An API key grants access only through the usage plans it is attached to,
        by name, under `apiKeys.NAME.usagePlans`. A plan that is not declared
        under `usagePlans:` cannot be attached, and the key would not work.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: inventory
            protocol: rest
            functions:
              listItems: {runtime: python3.12, handler: app.list}
            routes:
              GET /items: {function: listItems, auth: none, apiKeyRequired: true}
            usagePlans:
              standard: {throttling: {rate: 10, burst: 20}}
            apiKeys:
              acme: {usagePlans: [↓standrad]}
            """),
        .nonTriggering("""
            apispec: 1
            name: inventory
            protocol: rest
            functions:
              listItems: {runtime: python3.12, handler: app.list}
            routes:
              GET /items: {function: listItems, auth: none, apiKeyRequired: true}
            usagePlans:
              standard: {throttling: {rate: 10, burst: 20}}
            apiKeys:
              acme: {usagePlans: [standard]}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for key in spec.apiKeys.values where !spec.isBroken("apiKeys", key.name) {
            for plan in key.usagePlans
            where !spec.usagePlans.keys.contains(plan.value) && !spec.isBroken("usagePlans", plan.value) {
                report.append(finding(
                    "usage plan '\(plan.value)' is not declared",
                    at: plan.location,
                    hint: Suggestions.hint(for: plan.value, among: Array(spec.usagePlans.keys), section: "usagePlans")))
            }
        }
    }
}
