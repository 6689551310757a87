import APISpecCore

struct EndpointTypeRequiresRest: Rule {
    let id = "endpoint-type-requires-rest"
    let severity = Diagnostic.Severity.error
    let summary = "`endpoint` (regional, edge, private) is set on an API that is not REST."
    let explanation = """
        Only REST APIs choose an endpoint type: regional (the default), edge
        (behind CloudFront) or private (reachable only from a VPC). HTTP and
        WebSocket APIs are always regional, so `endpoint` on them would be
        ignored. Remove it, or make the API `protocol: rest`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            ↓endpoint: edge
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            endpoint: edge
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        reportKeys([["endpoint"]], in: spec, supportedOn: [.rest], &report)
    }
}
