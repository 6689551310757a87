import APISpecCore

struct IntegrationTimeoutOutOfRange: RouteRule {
    let id = "integration-timeout-out-of-range"
    let severity = Diagnostic.Severity.error
    let summary = "A route's integration timeout is outside what API Gateway allows."
    let explanation = """
        API Gateway waits between 50 ms and 30 seconds for an HTTP API
        integration, and between 50 ms and 29 seconds for REST and WebSocket
        APIs. These are hard limits, except that regional and private REST
        APIs may raise the 29 seconds through a quota increase (see
        `rest-integration-timeout-above-quota`). `timeout` is written in
        seconds (`10`, `0.5`) or with a unit (`"500ms"`).
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none, timeout: ↓45}
            """),
        .triggering("""
            apispec: 1
            name: pets
            defaults:
              timeout: ↓"20ms"
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
              GET /pets/{id}: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none, timeout: 30}
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        let maximum = IntegrationTimeouts.defaultMaximum(spec.apiProtocol)
        for route in routes {
            guard let timeout = route.timeoutMilliseconds else { continue }
            let tooLong = timeout > maximum && !IntegrationTimeouts.isAdjustable(spec)
            guard timeout < IntegrationTimeouts.minimum || tooLong else { continue }
            report.append(finding(
                "integration timeout \(timeout) ms is outside API Gateway's range of 50-\(maximum) ms",
                at: route.provenance["timeout"],
                hint: "set `timeout` between 0.05 and \(maximum / 1000) seconds"))
        }
    }
}
