import APISpecCore

struct ProvisionedConcurrencyExceedsReserved: FunctionRule {
    let id = "provisioned-concurrency-exceeds-reserved"
    let severity = Diagnostic.Severity.error
    let summary = "A function keeps more instances warm than its reserved concurrency lets it run."
    let explanation = """
        `reservedConcurrency` caps how many instances of a function may run at
        once; `provisionedConcurrency` keeps that many initialized. Lambda
        refuses provisioned concurrency above the reserved cap, since the
        instances could never all be used. Raise `reservedConcurrency` or lower
        `provisionedConcurrency`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                reservedConcurrency: 5
                provisionedConcurrency: ↓10
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
                reservedConcurrency: 50
                provisionedConcurrency: 2
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function.
        for index in functions.indices {
            guard let provisioned = functions[index].settings.provisionedConcurrency,
                  let reserved = functions[index].settings.reservedConcurrency, provisioned > reserved else { continue }
            let function = functions[index]
            report.append(finding(
                "provisioned concurrency \(provisioned) is above the reserved concurrency \(reserved)",
                at: function.provenance["provisionedConcurrency"],
                hint: "set `provisionedConcurrency` at most \(reserved), or raise `reservedConcurrency`",
                notes: [Diagnostic.Note("reserved here", at: function.provenance["reservedConcurrency"])]))
        }
    }
}
