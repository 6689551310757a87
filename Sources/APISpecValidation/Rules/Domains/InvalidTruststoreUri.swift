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
                  !Self.isS3Uri(truststore.value),
                  !truststore.value.containsReference else { continue }
            report.append(finding(
                "truststore '\(truststore.value)' is not an `s3://bucket/key` URI",
                at: truststore.location,
                hint: "upload the PEM bundle to S3 and write `truststore: s3://<bucket>/<key>`"))
        }
    }

    /// `s3://<bucket>/<key>`: the bucket `[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]` (ASCII, as the regex was), the
    /// key any text without a line break (the regex's `.+`). By Unicode scalars, where the regex went
    /// by Characters: a combining mark no longer hides the `/` before it by joining it.
    static func isS3Uri(_ uri: String) -> Bool {
        guard let path = uri.utf8.dropping(prefix: "s3://"), let slash = path.firstIndex(of: UInt8(ascii: "/"))
        else { return false }
        let key = uri[path.index(after: slash)...].unicodeScalars
        return path[..<slash].matches(edges: .lowercase + .digits, inner: ".-", lengths: 3...63)
            && !key.isEmpty && !key.contains(where: isLineBreak)
    }

    /// What the regex's `.` does not match: `\n`, `\v`, `\f`, `\r`, NEL and the line and paragraph separators.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
