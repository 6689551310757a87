import APISpecCore

struct InvalidRouteSelectionExpression: Rule {
    let id = "invalid-route-selection-expression"
    let severity = Diagnostic.Severity.error
    let summary = "A WebSocket route selection expression does not select a field of the message body."
    let explanation = """
        A WebSocket API picks the route for each incoming message by evaluating
        `routeSelection` against the message's JSON body: `$request.body.action`
        (the default) routes `{"action": "sendMessage"}` to the `sendMessage`
        route. The expression must have the form `$request.body.<field>`, where
        the field may be nested (`$request.body.meta.type`).
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: chat
            protocol: websocket
            routeSelection: ↓action
            functions:
              onConnect: {runtime: python3.12, handler: app.connect}
            routes:
              $connect: {function: onConnect, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: chat
            protocol: websocket
            routeSelection: $request.body.type
            functions:
              onConnect: {runtime: python3.12, handler: app.connect}
            routes:
              $connect: {function: onConnect, auth: none}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .websocket, let expression = spec.routeSelection,
              !Self.selectsBodyField(expression)
        else { return }
        report.append(finding(
            "route selection expression '\(expression)' does not select a field of the message body",
            at: spec.provenance["routeSelection"],
            hint: "write it as `$request.body.<field>`, such as `$request.body.action`"))
    }

    /// `\$request\.body\.[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*`, ASCII only as the regex it replaces was.
    static func selectsBodyField(_ expression: String) -> Bool {
        guard let path = expression.utf8.dropping(prefix: "$request.body.") else { return false }
        return path.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            .allSatisfy { $0.matches(.alphanumerics + "_$-") }
    }
}
