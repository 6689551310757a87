import APISpecCore

struct FunctionTimeoutOutOfRange: FunctionRule {
    let id = "function-timeout-out-of-range"
    let severity = Diagnostic.Severity.error
    let summary = "A function's `timeout` is outside Lambda's 1-900 seconds."
    let explanation = """
        A Lambda invocation may run for 1 to 900 seconds (15 minutes). A value
        outside that range fails at deployment. Note that behind API Gateway
        the integration timeout (29 or 30 seconds) usually ends the request
        long before; see `function-timeout-exceeds-integration-timeout`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: reports
            functions:
              build: {runtime: python3.12, handler: app.build, timeout: ↓3600}
            routes:
              POST /reports: {function: build, auth: iam}
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

    static let range = 1...900

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function.
        for index in functions.indices {
            guard let timeout = functions[index].settings.timeout, !Self.range.contains(timeout) else { continue }
            let function = functions[index]
            report.append(finding(
                "timeout \(timeout) s is outside Lambda's range of 1-900 seconds",
                at: function.provenance["timeout"],
                hint: "set `timeout` between 1 and 900 (seconds)"))
        }
    }
}
