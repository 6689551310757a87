import APISpecCore

struct InvalidCorsOrigin: Rule {
    let id = "invalid-cors-origin"
    let severity = Diagnostic.Severity.error
    let summary = "A CORS origin is not `*` or `scheme://host[:port]`, so no browser would ever match it."
    let explanation = """
        Browsers send the `Origin` header as a scheme, a host and an optional
        port, with no path and no trailing slash (`https://app.example.com`).
        An allowed origin written any other way (`app.example.com`,
        `https://app.example.com/`) never equals it, so the browser blocks the
        calls the entry was meant to allow. A wildcard may stand for the first
        labels of the host (`https://*.example.com`).
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            cors:
              allowOrigins: [↓"https://app.example.com/", ↓app.example.com]
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            cors:
              allowOrigins: [https://app.example.com, "http://localhost:3000", "https://*.example.com"]
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for origin in spec.checkedCors?.allowOrigins ?? [] where !isValid(origin.value) {
            report.append(finding(
                "CORS origin '\(origin.value)' is not `scheme://host[:port]` and matches no browser's Origin header",
                at: origin.location,
                hint: "write it as `https://app.example.com`: scheme and host, no path or trailing slash"))
        }
    }

    private func isValid(_ origin: String) -> Bool {
        origin == "*" || origin.containsReference || Self.isOrigin(origin)
    }

    /// `https?://(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?`, except that the port's digits are ASCII ones
    /// (the regex's `\d` took any script's digits, even `²`): a browser's Origin header is ASCII.
    static func isOrigin(_ origin: String) -> Bool {
        guard let address = origin.utf8.dropping(prefix: "https://") ?? origin.utf8.dropping(prefix: "http://")
        else { return false }
        let hostAndPort = address.dropping(prefix: "*.") ?? address
        let colon = hostAndPort.firstIndex(of: UInt8(ascii: ":")) ?? hostAndPort.endIndex
        return hostAndPort[..<colon].matches(.alphanumerics + ".-")
            && (colon == hostAndPort.endIndex || hostAndPort[colon...].dropFirst().matches(.digits, lengths: 1...5))
    }
}
