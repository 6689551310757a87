import APISpecCore

struct InvalidCacheClusterSize: Rule {
    let id = "invalid-cache-cluster-size"
    let severity = Diagnostic.Severity.error
    let summary = "A REST stage's `cacheSize` is not a cache cluster size API Gateway offers."
    let explanation = """
        A REST stage's cache cluster comes in fixed sizes, in GB: 0.5, 1.6,
        6.1, 13.5, 28.4, 58.2, 118 and 237. Any other value is rejected at
        deployment. The cluster is billed by the hour while it exists, whether
        or not methods use caching.
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
                cacheSize: ↓1
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
                cacheSize: 1.6
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        // On other protocols `cache-cluster-requires-rest` reports the key itself.
        guard spec.apiProtocol == .rest else { return }
        for stage in spec.checkedStages {
            guard let size = stage.cacheSize, !Stage.cacheSizes.contains(size) else { continue }
            report.append(finding(
                "`\(size)` GB is not a cache cluster size API Gateway offers",
                at: stage.provenance["cacheSize"],
                hint: "use one of \(Stage.cacheSizes.joined(separator: ", ")) (GB)"))
        }
    }
}
