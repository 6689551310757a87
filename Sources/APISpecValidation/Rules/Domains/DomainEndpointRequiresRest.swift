import APISpecCore

struct DomainEndpointRequiresRest: Rule {
    let id = "domain-endpoint-requires-rest"
    let severity = Diagnostic.Severity.error
    let summary = "An edge-optimized or private custom domain serves an API that is not REST."
    let explanation = """
        HTTP and WebSocket APIs can only be mapped to regional custom domains.
        Edge-optimized domains (behind CloudFront) and private domains exist
        for REST APIs only. Use `endpoint: regional` (the default); put
        CloudFront in front yourself if edge caching is needed.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            domains:
              api.example.com:
                certificate: arn:aws:acm:us-east-1:123456789012:certificate/abc
                endpoint: ↓edge
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            domains:
              api.example.com:
                certificate: arn:aws:acm:eu-west-1:123456789012:certificate/abc
                endpoint: regional
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol != .rest else { return }
        for domain in spec.checkedDomains where domain.effectiveEndpoint != .regional {
            report.append(finding(
                "\(spec.apiProtocol.pluralName) can only use regional domains, but '\(domain.name)' is "
                    + domain.effectiveEndpoint.rawValue,
                at: domain.provenance["endpoint"],
                hint: "set `endpoint: regional`, or use `protocol: rest`"))
        }
    }
}
