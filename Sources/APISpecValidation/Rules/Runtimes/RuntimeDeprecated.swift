import APISpecCore

struct RuntimeDeprecated: FunctionRule {
    let id = "runtime-deprecated"
    let severity = Diagnostic.Severity.warning
    let summary = "A function uses a runtime past its deprecation date."
    let explanation = """
        A deprecated runtime no longer receives security patches, and functions
        on it are no longer eligible for technical support. Lambda still
        creates and updates such functions for a while, then blocks them (see
        `runtime-no-longer-creatable`). The dates come from AWS's runtime
        table as published when this version of apispec was released. Upgrade
        before creation is blocked.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: ↓python3.9, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.13, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function. Functions mostly share
        // their runtime (`defaults.function`): comparing it with the last one costs a fraction
        // of hashing it for the table.
        var statuses = LastLookup<LambdaRuntimes.Status>()
        for index in functions.indices {
            guard let runtime = functions[index].settings.runtime,
                  case .deprecated(let since) = statuses.value(for: runtime, LambdaRuntimes.status(of:)) else { continue }
            let function = functions[index]
            report.append(finding(
                "`\(runtime)` has been deprecated since \(since) and gets no more security patches",
                at: function.provenance["runtime"],
                hint: LambdaRuntimes.successor(of: runtime).map { "move to `\($0)`" }
                    ?? "move to a supported runtime"))
        }
    }
}
