import APISpecCore

struct InvalidTruststoreUri: Rule {
    let id = "invalid-truststore-uri"
    let severity = Diagnostic.Severity.error
    let summary = "A mutual TLS truststore is not an `s3://bucket/key` URI."
    let explanation = """
        API Gateway reads the certificate authorities trusted for mutual TLS
        from a PEM file in S3, given as `s3://bucket/key`. HTTPS URLs, local
        paths and bucket ARNs are not accepted.
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
                certificate: arn:aws:acm:eu-west-1:123456789012:certificate/abc
                mutualTls: {truststore: ↓certs/truststore.pem}
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
        for domain in spec.checkedDomains {
            guard let truststore = domain.mutualTls?.truststore,
                  truststore.value.wholeMatch(of: /s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+/) == nil,
                  !truststore.value.containsReference else { continue }
            report.append(finding(
                "truststore '\(truststore.value)' is not an `s3://bucket/key` URI",
                at: truststore.location,
                hint: "upload the PEM bundle to S3 and write `truststore: s3://<bucket>/<key>`"))
        }
    }
}
