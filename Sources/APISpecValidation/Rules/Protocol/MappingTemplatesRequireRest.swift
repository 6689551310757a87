import APISpecCore

struct MappingTemplatesRequireRest: SharingRule {
    let id = "mapping-templates-require-rest"
    let severity = Diagnostic.Severity.error
    let summary = "A route sets `mapping` templates on an API that is not REST."
    let explanation = """
        Mapping templates (VTL) rewrite requests and responses between the
        client and a non-proxy integration, a REST API feature. HTTP APIs only
        offer parameter mapping, so the templates would be ignored.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: orders
            functions:
              createOrder: {runtime: python3.12, handler: app.create}
            routes:
              POST /orders:
                function: createOrder
                auth: iam
                ↓mapping:
                  response: {application/json: '{"status": "ACCEPTED"}'}
            """),
        .nonTriggering("""
            apispec: 1
            name: orders
            protocol: rest
            functions:
              createOrder: {runtime: python3.12, handler: app.create}
            routes:
              POST /orders:
                function: createOrder
                auth: iam
                mapping:
                  response: {application/json: '{"status": "ACCEPTED"}'}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        reportKeys(
            spec.routeKeyPaths("mapping", shared: shared),
            in: spec, supportedOn: [.rest], &report)
    }
}
