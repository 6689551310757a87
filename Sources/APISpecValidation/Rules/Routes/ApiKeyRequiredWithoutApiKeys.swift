import APISpecCore

struct ApiKeyRequiredWithoutApiKeys: RouteRule {
    let id = "api-key-required-without-api-keys"
    let severity = Diagnostic.Severity.warning
    let summary = "A REST route requires an API key, but the spec declares no API keys."
    let explanation = """
        With `apiKeyRequired: true`, API Gateway answers 403 to every request
        that does not carry a key attached (through a usage plan) to the
        stage. If the spec declares no `apiKeys`, the route is closed to
        everyone until keys are created elsewhere. Declare the keys and a
        usage plan here, or drop `apiKeyRequired`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: inventory
            protocol: rest
            functions:
              listItems: {runtime: python3.12, handler: app.list}
            routes:
              GET /items: {function: listItems, auth: none, apiKeyRequired: ↓true}
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

    /// Elsewhere `api-keys-require-rest` reports the key itself.
    func applies(to spec: Spec) -> Bool {
        spec.apiProtocol == .rest && spec.apiKeys.isEmpty && spec.keyLocation(["apiKeys"]) == nil
    }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        for route in routes where route.apiKeyRequired == true {
            report.append(finding(
                "'\(route.key)' requires an API key, but no API keys are declared",
                at: route.provenance["apiKeyRequired"],
                hint: "declare `apiKeys:` with a usage plan for this stage, or remove `apiKeyRequired`"))
        }
    }
}
