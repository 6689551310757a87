import APISpecCore

struct MutualTlsRequiresRegional: Rule {
    let id = "mutual-tls-requires-regional"
    let severity = Diagnostic.Severity.error
    let summary = "Mutual TLS is set on a custom domain that is not regional."
    let explanation = """
        API Gateway verifies client certificates (mutual TLS) only on regional
        custom domains; edge-optimized and private domains cannot use it.
        Make the domain `endpoint: regional` (the default), or drop
        `mutualTls`.
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
            domains:
              api.example.com:
                certificate: arn:aws:acm:us-east-1:123456789012:certificate/abc
                endpoint: edge
                ↓mutualTls: {truststore: s3://pets-config/truststore.pem}
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
                mutualTls: {truststore: s3://pets-config/truststore.pem}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for domain in spec.checkedDomains where domain.mutualTls != nil && domain.effectiveEndpoint != .regional {
            report.append(finding(
                "mutual TLS needs a regional domain, but '\(domain.name)' is \(domain.effectiveEndpoint.rawValue)",
                at: spec.keyLocation(["domains", domain.name, "mutualTls"]) ?? domain.provenance["mutualTls"],
                hint: "set `endpoint: regional` on the domain, or remove `mutualTls`"))
        }
    }
}
