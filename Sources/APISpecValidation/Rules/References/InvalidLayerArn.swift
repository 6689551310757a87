import APISpecCore

struct InvalidLayerArn: FunctionRule {
    let id = "invalid-layer-arn"
    let severity = Diagnostic.Severity.error
    let summary = "A function's layer is not a Lambda layer version ARN."
    let explanation = """
        `layers` lists layer version ARNs,
        `arn:aws:lambda:<region>:<account>:layer:<name>:<version>`, or
        `${param:Name}` references holding one. The version number is required:
        Lambda attaches a specific version, never "the latest".
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                layers: [↓"arn:aws:lambda:us-east-1:123456789012:layer:deps"]
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                layers: ["arn:aws:lambda:us-east-1:123456789012:layer:deps:3"]
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function.
        for index in functions.indices {
            for layer in functions[index].settings.layers ?? []
            where !ArnPatterns.isLayerVersionArn(layer.value) && !layer.value.containsReference {
                report.append(finding(
                    "'\(layer.value)' is not a Lambda layer version ARN",
                    at: layer.location,
                    hint: "write `arn:aws:lambda:<region>:<account>:layer:<name>:<version>`"))
            }
        }
    }
}
