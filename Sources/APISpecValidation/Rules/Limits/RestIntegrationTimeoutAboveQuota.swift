import APISpecCore

struct RestIntegrationTimeoutAboveQuota: RouteRule {
    let id = "rest-integration-timeout-above-quota"
    let severity = Diagnostic.Severity.warning
    let summary = "A REST route's integration timeout is above the default 29-second quota."
    let explanation = """
        Regional and private REST APIs may wait longer than 29 seconds for an
        integration, but only after AWS raises the account's quota, which may
        lower its throttling quota in exchange. Without the increase the
        deployment fails. Request the increase first, or keep the timeout at 29
        seconds and make long work asynchronous (return 202 and let the client
        poll).
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: reports
            protocol: rest
            functions:
              build: {runtime: python3.12, handler: app.build, timeout: 60}
            routes:
              POST /reports: {function: build, auth: iam, timeout: ↓60}
            """),
        .nonTriggering("""
            apispec: 1
            name: reports
            protocol: rest
            functions:
              build: {runtime: python3.12, handler: app.build, timeout: 20}
            routes:
              POST /reports: {function: build, auth: iam, timeout: 29}
            """),
    ] }

    func applies(to spec: Spec) -> Bool { IntegrationTimeouts.isAdjustable(spec) }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        let quota = IntegrationTimeouts.defaultMaximum(spec.apiProtocol)
        for route in routes {
            guard let timeout = route.timeoutMilliseconds, timeout > quota else { continue }
            report.append(finding(
                "integration timeout \(timeout) ms is above the default REST quota of \(quota) ms",
                at: route.provenance["timeout"],
                hint: "request an integration timeout quota increase, or keep `timeout` at 29 seconds or less"))
        }
    }
}
