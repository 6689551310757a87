import APISpecCore

struct FunctionMemoryOutOfRange: FunctionRule {
    let id = "function-memory-out-of-range"
    let severity = Diagnostic.Severity.error
    let summary = "A function's `memory` is outside Lambda's 128-10240 MB."
    let explanation = """
        Lambda functions get between 128 MB and 10,240 MB of memory, in 1 MB
        steps, and CPU in proportion to it. A value outside that range fails at
        deployment. A value inherited from `defaults.function` is reported
        where it is written.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list, memory: ↓64}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .triggering("""
            apispec: 1
            name: pets
            defaults:
              function: {runtime: python3.12, memory: ↓16384}
            functions:
              listPets: {handler: app.list}
              getPet: {handler: app.get}
            routes:
              GET /pets: {function: listPets, auth: none}
              GET /pets/{id}: {function: getPet, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list, memory: 1769}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    static let range = 128...10240

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function.
        for index in functions.indices {
            guard let memory = functions[index].settings.memory, !Self.range.contains(memory) else { continue }
            let function = functions[index]
            report.append(finding(
                "memory \(memory) MB is outside Lambda's range of 128-10240 MB",
                at: function.provenance["memory"],
                hint: "set `memory` between 128 and 10240"))
        }
    }
}
