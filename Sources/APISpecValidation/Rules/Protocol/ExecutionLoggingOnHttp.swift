import APISpecCore

struct ExecutionLoggingOnHttp: Rule {
    let id = "execution-logging-on-http"
    let severity = Diagnostic.Severity.error
    let summary = "A stage sets execution `logging` on an HTTP API, which writes access logs only."
    let explanation = """
        `logging` sets the level (`error`, `info`) of API Gateway's execution
        logs, which REST and WebSocket API stages write to CloudWatch. HTTP API
        stages write no execution logs, so the level would be dropped and
        nothing logged. Log an HTTP API's requests with `accessLog` instead.
        `logging: off` is what HTTP APIs do anyway, so it passes.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                logging: ↓info
            """),
        .nonTriggering("""
            apispec: 1
            name: chat
            protocol: websocket
            functions:
              onConnect: {runtime: python3.12, handler: app.connect}
            routes:
              $connect: {function: onConnect, auth: none}
            stages:
              prod:
                logging: info
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                logging: off
                accessLog: {format: json}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .http else { return }
        for stage in spec.checkedStages {
            guard let level = stage.logging, level != .off else { continue }
            report.append(finding(
                "stage '\(stage.name)' sets `logging: \(level.rawValue)`, but HTTP APIs write no execution logs "
                    + "(REST and WebSocket APIs do)",
                at: stage.provenance["logging"],
                hint: "remove `logging`; an HTTP API logs its requests through `accessLog`"))
        }
    }
}
