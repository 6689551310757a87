import APISpecCore

struct EdgeCertificateNotInUsEast1: Rule {
    let id = "edge-certificate-not-in-us-east-1"
    let severity = Diagnostic.Severity.error
    let summary = "An edge-optimized custom domain uses a certificate outside us-east-1."
    let explanation = """
        An edge-optimized custom domain is served by CloudFront, which only
        reads ACM certificates from us-east-1 (N. Virginia), whatever region
        the API is in. Request or import the certificate in us-east-1, or make
        the domain `endpoint: regional` and use a certificate from the API's
        own region.
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
                endpoint: edge
                certificate: ↓arn:aws:acm:eu-west-1:123456789012:certificate/abc
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            domains:
              api.example.com:
                endpoint: edge
                certificate: arn:aws:acm:us-east-1:123456789012:certificate/abc
              eu.example.com:
                certificate: arn:aws:acm:eu-west-1:123456789012:certificate/def
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for domain in spec.checkedDomains where domain.effectiveEndpoint == .edge {
            guard let certificate = domain.certificate, let arn = CertificateArn(certificate.value),
                  arn.partition == "aws", arn.region != "us-east-1" else { continue }
            report.append(finding(
                "edge-optimized domain '\(domain.name)' needs a us-east-1 certificate, not one from \(arn.region)",
                at: certificate.location,
                hint: "use a certificate from us-east-1, or set `endpoint: regional` on the domain"))
        }
    }
}
