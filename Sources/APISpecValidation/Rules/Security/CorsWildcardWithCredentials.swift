import APISpecCore

struct CorsWildcardWithCredentials: Rule {
    let id = "cors-wildcard-with-credentials"
    let severity = Diagnostic.Severity.error
    let summary = "CORS allows any origin (`*`) and credentials at the same time."
    let explanation = """
        Browsers refuse a response that carries both
        `Access-Control-Allow-Origin: *` and `Access-Control-Allow-Credentials:
        true`, and API Gateway rejects the combination for HTTP APIs. Allowing
        credentials from every origin would let any website make authenticated
        calls with a visitor's cookies. List the origins that may send
        credentials.
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
              allowOrigins: [↓"*"]
              allowCredentials: true
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            cors:
              allowOrigins: [https://app.example.com]
              allowCredentials: true
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard let cors = spec.checkedCors, cors.allowCredentials else { return }
        for origin in cors.allowOrigins where origin.value == "*" {
            report.append(finding(
                "CORS allows credentials from any origin (`*`); browsers and API Gateway refuse this",
                at: origin.location,
                hint: "list the exact origins that may send credentials, or set `allowCredentials: false`"))
        }
    }
}
