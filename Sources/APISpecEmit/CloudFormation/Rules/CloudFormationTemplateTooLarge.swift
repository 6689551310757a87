import APISpecCore
import APISpecValidation

/// Measures the template the spec would deploy as it would be written.
struct CloudFormationTemplateTooLarge: SharingRule {
    /// The largest template CloudFormation accepts, even from S3: 1 MB.
    static let limit = 1_048_576

    let id = "cloudformation-template-too-large"
    let severity = Diagnostic.Severity.warning
    let summary = "The CloudFormation template would be larger than 1 MB."
    let explanation = """
        CloudFormation reads templates of at most 1 MB (from S3; 51,200 bytes when
        passed inline, which `aws cloudformation deploy --s3-bucket` avoids). REST
        and HTTP APIs carry their whole OpenAPI document in the template, so large
        request models, mapping templates and descriptions add up. Share models
        through fewer, smaller schemas, move long descriptions to documentation, or
        split the API into several specs.
        """
    var examples: [RuleExample] {
        [.triggering(Self.example(levels: 4, marked: true)), .nonTriggering(Self.example(levels: 2, marked: false))]
    }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        // Past the limit the template is not measured to its end: its length is not reported.
        guard shared.value(of: TemplateMeasurements.self, for: spec).bytes > Self.limit else { return }
        report.append(Diagnostic(
            severity, id: id,
            "the CloudFormation template would be larger than the \(Self.limit) bytes CloudFormation reads",
            at: spec.provenance["name"],
            hint: "make request models and mapping templates smaller, or split the API into several specs"))
    }

    /// A request model nested `levels` deep, ten fields at every level (nine of them YAML
    /// aliases of the first): four levels make well over a megabyte of JSON Schema.
    static func example(levels: Int, marked: Bool) -> String {
        """
        apispec: 1
        name: \(marked ? "↓" : "")catalog
        protocol: rest
        functions:
          put: {runtime: python3.12, handler: app.put}
        routes:
          PUT /items/{id}:
            function: put
            auth: iam
            request:
              body: \(schema(level: levels, indent: 6))
        """
    }

    /// One level of the model, its nested levels on lines of their own, `indent` spaces in.
    private static func schema(level: Int, indent: Int) -> String {
        guard level > 0 else { return "&l0 {type: string, description: one field of a deeply nested catalog item}" }
        let inner = String(repeating: " ", count: indent + 2)
        let aliases = "bcdefghij".map { "\($0): *l\(level - 1)" }.joined(separator: ", ")
        return "&l\(level) {type: object, properties: {\n"
            + "\(inner)a: \(schema(level: level - 1, indent: indent + 2)),\n"
            + "\(inner)\(aliases)}}"
    }
}
