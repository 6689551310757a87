import APISpecCore

struct WeakTlsPolicy: Rule {
    let id = "weak-tls-policy"
    let severity = Diagnostic.Severity.error
    let summary = "A custom domain accepts TLS versions older than 1.2."
    let explanation = """
        `securityPolicy: TLS_1_0` lets clients connect with TLS 1.0 and 1.1, which
        have known weaknesses and are no longer accepted by current security
        standards (PCI DSS, NIST). API Gateway's `TLS_1_2` policy is the default
        and works with every client from the last decade; mutual TLS requires it.
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
                securityPolicy: ↓TLS_1_0
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
                certificate: arn:aws:acm:us-east-1:123456789012:certificate/abc
                securityPolicy: TLS_1_2
            """),
    ] }

    static let weakPolicies: Set = ["TLS_1_0"]

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for domain in spec.checkedDomains {
            guard let policy = domain.securityPolicy, Self.weakPolicies.contains(policy) else { continue }
            report.append(finding(
                "domain '\(domain.name)' accepts TLS 1.0 and 1.1 (`\(policy)`)",
                at: domain.provenance["securityPolicy"],
                hint: "use `securityPolicy: TLS_1_2` (the default)"))
        }
    }
}
