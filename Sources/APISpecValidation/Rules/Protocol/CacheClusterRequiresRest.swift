import APISpecCore

struct CacheClusterRequiresRest: Rule {
    let id = "cache-cluster-requires-rest"
    let severity = Diagnostic.Severity.error
    let summary = "A stage sets `cacheSize` on an API that is not REST."
    let explanation = """
        Only REST API stages can have a cache cluster (`cacheSize`, in GB) that
        answers repeated requests without calling the integration. HTTP and
        WebSocket APIs have no built-in cache.
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
                ↓cacheSize: 0.5
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
                cacheSize: 0.5
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        reportKeys(spec.checkedStages.map { ["stages", $0.name, "cacheSize"] }, in: spec, supportedOn: [.rest], &report)
    }
}
