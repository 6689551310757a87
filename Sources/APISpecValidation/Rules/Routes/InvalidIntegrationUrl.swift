import APISpecCore

struct InvalidIntegrationUrl: Rule {
    let id = "invalid-integration-url"
    let severity = Diagnostic.Severity.error
    let summary = "An `http` integration's URL is not an absolute `http://` or `https://` URL."
    let explanation = """
        An HTTP proxy integration forwards requests to an absolute URL with a
        scheme and a host, such as `https://legacy.example.com/{proxy}`. The
        host may come from a stage variable (`https://${stage:BackendHost}/`)
        or a parameter, and a URL that is only known at deployment
        (`${param:BackendUrl}`) is not judged. Relative paths and other schemes
        are rejected by API Gateway.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            routes:
              GET /pets:
                http: ↓legacy.example.com/pets
                auth: none
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            parameters:
              BackendUrl: {type: String}
            routes:
              GET /pets:
                http: https://legacy.example.com/pets
                auth: none
              GET /owners:
                http: ${param:BackendUrl}
                auth: none
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for route in spec.checkedRoutes {
            for case .http(let http) in route.integrations
            where !isAbsolute(http.url.value) && !http.url.value.containsReference {
                report.append(finding(
                    "'\(http.url.value)' is not an absolute http or https URL",
                    at: http.url.location,
                    hint: "write the full URL, such as `https://backend.example.com/path`"))
            }
        }
    }

    private func isAbsolute(_ url: String) -> Bool {
        url.wholeMatch(of: /(?i:https?):\/\/[^\/\s?#]+([\/?#]\S*)?/) != nil
    }
}
