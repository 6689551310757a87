import APISpecCore

struct UsagePlansRequireRest: Rule {
    let id = "usage-plans-require-rest"
    let severity = Diagnostic.Severity.error
    let summary = "`usagePlans` is set on an API that is not REST."
    let explanation = """
        Usage plans meter and throttle clients by API key, a REST API feature.
        HTTP and WebSocket APIs have no usage plans; limit them with stage or
        route throttling, or with a Lambda authorizer that checks the caller.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            ↓usagePlans:
              standard: {throttling: {rate: 10, burst: 20}}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            usagePlans:
              standard: {throttling: {rate: 10, burst: 20}}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        reportKeys([["usagePlans"]], in: spec, supportedOn: [.rest], &report)
    }
}
