import APISpecCore

struct InvalidCertificateArn: Rule {
    let id = "invalid-certificate-arn"
    let severity = Diagnostic.Severity.error
    let summary = "A custom domain's `certificate` is not an ACM certificate ARN or a `${param:...}`."
    let explanation = """
        `certificate` is the ARN of an AWS Certificate Manager certificate,
        `arn:<partition>:acm:<region>:<12-digit account>:certificate/<id>`, or
        a `${param:Name}` reference to a deploy-time parameter holding one.
        IAM server certificates and certificate IDs alone are not accepted.
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
                certificate: ↓arn:aws:acm:eu-west-1:1234:certificate/abc
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            parameters:
              CertificateArn: {type: String}
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            domains:
              api.example.com:
                certificate: ${param:CertificateArn}
              www.example.com:
                certificate: arn:aws:acm:eu-west-1:123456789012:certificate/0b2c-44d1
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for domain in spec.checkedDomains {
            guard let certificate = domain.certificate, CertificateArn(certificate.value) == nil,
                  !certificate.value.containsReference else { continue }
            report.append(finding(
                "'\(certificate.value)' is not an ACM certificate ARN",
                at: certificate.location,
                hint: "use `arn:aws:acm:<region>:<account>:certificate/<id>` or `${param:CertificateArn}`"))
        }
    }
}
