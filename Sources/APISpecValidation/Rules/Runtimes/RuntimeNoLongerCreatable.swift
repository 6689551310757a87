import APISpecCore

struct RuntimeNoLongerCreatable: FunctionRule {
    let id = "runtime-no-longer-creatable"
    let severity = Diagnostic.Severity.error
    let summary = "A function uses a runtime Lambda no longer creates functions with."
    let explanation = """
        Some time after deprecating a runtime, Lambda stops accepting new
        functions that use it (and later, updates to existing ones), so a
        deployment with it fails. The dates come from AWS's runtime table as
        published when this version of apispec was released. Move the function
        to a supported runtime of the same language.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: ↓python2.7, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .triggering("""
            apispec: 1
            name: pets
            defaults:
              function: {runtime: ↓nodejs12.x}
            functions:
              listPets: {handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: nodejs22.x, handler: app.list}
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
                  case .noLongerCreatable(let since) = statuses.value(for: runtime, LambdaRuntimes.status(of:)) else { continue }
            let function = functions[index]
            report.append(finding(
                "Lambda stopped creating functions with `\(runtime)` on \(since)",
                at: function.provenance["runtime"],
                hint: LambdaRuntimes.successor(of: runtime).map { "move to `\($0)`" }
                    ?? "move to a supported runtime"))
        }
    }
}
