import APISpecCore

struct FunctionTimeoutExceedsIntegrationTimeout: SharingRule {
    let id = "function-timeout-exceeds-integration-timeout"
    let severity = Diagnostic.Severity.warning
    let summary = "A function may run longer than its route's integration timeout."
    let explanation = """
        API Gateway stops waiting for an integration after the route's timeout
        (by default 30 seconds for HTTP APIs and 29 for REST and WebSocket
        APIs) and answers 504 Gateway Timeout, while the function keeps running
        and is billed until its own `timeout`. Keep the function's timeout
        below the route's, so a slow invocation fails in the function where it
        can be logged and handled. The finding points at the route's
        `function`, with a note at the function's timeout.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: reports
            functions:
              build: {runtime: python3.12, handler: app.build, timeout: 60}
            routes:
              POST /reports: {function: ↓build, auth: iam}
            """),
        .triggering("""
            apispec: 1
            name: reports
            functions:
              build: {runtime: python3.12, handler: app.build, timeout: 20}
            routes:
              POST /reports: {function: ↓build, auth: iam, timeout: 10}
            """),
        .nonTriggering("""
            apispec: 1
            name: reports
            functions:
              build: {runtime: python3.12, handler: app.build, timeout: 25}
            routes:
              POST /reports: {function: build, auth: iam}
            """),
    ] }

    /// The routes `RouteReferences` found, judged as it looked each route's function up.
    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let defaultTimeout = IntegrationTimeouts.defaultMaximum(spec.apiProtocol)
        let routes = spec.checkedRoutes
        for index in shared.value(of: RouteReferences.self, for: spec).outlastingFunctions {
            guard let name = routes[index].functionIntegration, let function = spec.functions[name.value] else { continue }
            let integrationTimeout = routes[index].timeoutMilliseconds ?? defaultTimeout
            report.append(finding(
                "'\(function.name)' may run \(function.timeout) s, but '\(routes[index].key)' gives up after "
                    + "\(IntegrationTimeouts.seconds(integrationTimeout)) and answers 504",
                at: name.location,
                hint: "lower the function's `timeout` below the route's integration timeout",
                notes: [Diagnostic.Note("the function's timeout is set here", at: function.provenance["timeout"])]))
        }
    }

    /// Whether a function of `timeout` seconds may run longer than `integrationTimeout` milliseconds.
    static func outlasts(_ timeout: Int, _ integrationTimeout: Int) -> Bool {
        let (functionTimeout, overflow) = timeout.multipliedReportingOverflow(by: 1000)
        return overflow ? timeout > 0 : functionTimeout > integrationTimeout
    }
}
