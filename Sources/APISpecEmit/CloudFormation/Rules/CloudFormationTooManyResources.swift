import APISpecCore
import APISpecValidation

/// Counts the resources of the template the spec would deploy.
struct CloudFormationTooManyResources: SharingRule {
    /// CloudFormation's quota of resources per stack (adjustable, so a warning).
    static let limit = 500

    let id = "cloudformation-too-many-resources"
    let severity = Diagnostic.Severity.warning
    let summary = "The CloudFormation template would have more than 500 resources."
    let explanation = """
        A CloudFormation stack holds at most 500 resources unless the quota is
        raised; past it, the deployment fails before anything is created. REST and
        HTTP routes cost nothing (they travel in the API's OpenAPI body), but every
        function brings its log group, its role and itself, two more with
        provisioned concurrency, and one invoke permission per route that uses it;
        stages with access logs, usage plans, API keys and domains add their own.
        Split the API into several specs, let routes share functions, or ask AWS to
        raise the quota.
        """
    var examples: [RuleExample] {
        [.triggering(Self.example(functions: 90, marked: true)), .nonTriggering(Self.example(functions: 10, marked: false))]
    }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let count = shared.value(of: TemplateMeasurements.self, for: spec).resources
        guard count > Self.limit else { return }
        report.append(Diagnostic(
            severity, id: id,
            "the CloudFormation template would have \(count) resources, more than the \(Self.limit) a stack may hold",
            at: spec.provenance["name"],
            hint: "split the API into several specs, share functions between routes, or raise the stack quota"))
    }

    /// `functions` functions with provisioned concurrency (five resources each), each behind
    /// a route (one permission): ninety make 540 resources and more.
    static func example(functions: Int, marked: Bool) -> String {
        let names = (1...functions).map { "f\($0)" }
        func rows(_ perRow: Int, _ entry: (String) -> String) -> String {
            stride(from: 0, to: functions, by: perRow).map { start in
                names[start..<min(start + perRow, functions)].map(entry).joined(separator: ", ")
            }.joined(separator: ",\n  ")
        }
        return """
            apispec: 1
            name: \(marked ? "↓" : "")monolith
            defaults:
              function: {runtime: python3.12, handler: app.handler, provisionedConcurrency: 1}
              auth: iam
            functions: {
              \(rows(10) { "\($0): {}" })
            }
            routes: {
              \(rows(5) { "GET /\($0): {function: \($0)}" })
            }
            """
    }
}
