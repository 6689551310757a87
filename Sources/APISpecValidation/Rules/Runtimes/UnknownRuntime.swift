import APISpecCore

struct UnknownRuntime: FunctionRule {
    let id = "unknown-runtime"
    let severity = Diagnostic.Severity.error
    let summary = "A function's `runtime` is not a Lambda runtime identifier."
    let explanation = """
        `runtime` takes Lambda's runtime identifiers exactly as AWS writes
        them: `python3.13`, `nodejs22.x`, `java21`, `dotnet8`, `ruby3.3`,
        `provided.al2023` (for Go, Rust, Swift and other compiled code), ...
        Anything else, such as `python3` or `node22`, is rejected at
        deployment.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: ↓python3, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.13, handler: app.list}
              getPet: {runtime: provided.al2023, handler: bootstrap}
            routes:
              GET /pets: {function: listPets, auth: none}
              GET /pets/{id}: {function: getPet, auth: none}
            """),
    ] }

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function. Functions mostly share
        // their runtime (`defaults.function`): comparing it with the last one costs a fraction
        // of hashing it for the table.
        var statuses = LastLookup<LambdaRuntimes.Status>()
        for index in functions.indices {
            guard let runtime = functions[index].settings.runtime,
                  statuses.value(for: runtime, LambdaRuntimes.status(of:)) == .unknown else { continue }
            let function = functions[index]
            let suggestion = LambdaRuntimes.successor(of: runtime)
                ?? Suggestion.closest(to: runtime, in: Array(LambdaRuntimes.table.keys).sorted())
            report.append(finding(
                "`\(runtime)` is not a Lambda runtime",
                at: function.provenance["runtime"],
                hint: suggestion.map { "did you mean `\($0)`?" }
                    ?? "use a Lambda runtime identifier such as `python3.13` or `nodejs22.x`"))
        }
    }
}
