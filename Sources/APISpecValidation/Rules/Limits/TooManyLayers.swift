import APISpecCore

struct TooManyLayers: FunctionRule {
    let id = "too-many-layers"
    let severity = Diagnostic.Severity.error
    let summary = "A function uses more than Lambda's 5 layers."
    let explanation = """
        A Lambda function can use at most five layers, a hard limit. The
        finding points at the sixth. Merge layers, or ship the dependencies
        with the function's code.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                layers:
                  - arn:aws:lambda:us-east-1:123456789012:layer:a:1
                  - arn:aws:lambda:us-east-1:123456789012:layer:b:1
                  - arn:aws:lambda:us-east-1:123456789012:layer:c:1
                  - arn:aws:lambda:us-east-1:123456789012:layer:d:1
                  - arn:aws:lambda:us-east-1:123456789012:layer:e:1
                  - ↓arn:aws:lambda:us-east-1:123456789012:layer:f:1
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
                layers: [arn:aws:lambda:us-east-1:123456789012:layer:deps:3]
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    static let limit = 5

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function.
        for index in functions.indices {
            guard let layers = functions[index].settings.layers, layers.count > Self.limit else { continue }
            let function = functions[index]
            report.append(finding(
                "'\(function.name)' uses \(layers.count) layers; Lambda allows \(Self.limit)",
                at: layers[Self.limit].location,
                hint: "merge layers, or ship the dependencies with the function's code"))
        }
    }
}
