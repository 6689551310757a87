import APISpecCore

struct InvalidDomainName: Rule {
    let id = "invalid-domain-name"
    let severity = Diagnostic.Severity.error
    let summary = "A custom domain's name is not a valid DNS name."
    let explanation = """
        A custom domain is a fully qualified DNS name such as
        `api.example.com`: at least two labels separated by dots, each of 1-63
        letters, digits or hyphens, not starting or ending with a
        hyphen, 253 characters at most. A wildcard `*.` may stand for the first
        label (`*.example.com`). No scheme, port or path.
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
              ↓https://api.example.com:
                certificate: arn:aws:acm:eu-west-1:123456789012:certificate/abc
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
              "*.pets.example.com":
                certificate: arn:aws:acm:eu-west-1:123456789012:certificate/def
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for domain in spec.checkedDomains where !Self.isValid(domain.name) {
            report.append(finding(
                "'\(domain.name)' is not a valid domain name",
                at: domain.provenance.entity,
                hint: "write the bare host name, such as `api.example.com`"))
        }
    }

    /// Labels of `[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?`, ASCII only as the regex it replaces
    /// was; so the 253 characters are 253 bytes, as every name with more bytes than characters fails.
    static func isValid(_ name: String) -> Bool {
        let host = name.utf8.dropping(prefix: "*.") ?? name.utf8[...]
        let labels = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return name.utf8.count <= 253 && labels.count >= 2
            && labels.allSatisfy { $0.matches(edges: .alphanumerics, inner: "-", lengths: 1...63) }
    }
}
