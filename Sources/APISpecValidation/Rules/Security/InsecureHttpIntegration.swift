import APISpecCore

struct InsecureHttpIntegration: RouteRule {
    let id = "insecure-http-integration"
    let severity = Diagnostic.Severity.warning
    let summary = "An HTTP integration forwards requests over plain `http://`."
    let explanation = """
        API Gateway forwards the client's request, headers included (tokens,
        cookies), to an HTTP integration's URL. Over plain `http://` that traffic
        crosses the internet unencrypted and can be read or changed on the way.
        Use `https://`; for a backend inside a VPC, use a VPC link.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            routes:
              ANY /legacy/{proxy+}:
                http: ↓http://legacy.example.com/{proxy}
                auth: iam
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            routes:
              ANY /legacy/{proxy+}:
                http: https://legacy.example.com/{proxy}
                auth: iam
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        // Each route read in place, by position: a loop over them copies each.
        for index in routes.indices {
            routes[index].forEachIntegrationUnlessFunction { integration in
                guard case .http(let http) = integration, http.url.value.lowercased().hasPrefix("http://") else { return }
                report.append(finding(
                    "route '\(routes[index].key)' forwards requests unencrypted to \(http.url.value)",
                    at: http.url.location,
                    hint: "use an `https://` URL"))
            }
        }
    }
}
