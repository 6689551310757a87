import APISpecCore

struct EnvironmentTooLarge: FunctionRule {
    let id = "environment-too-large"
    let severity = Diagnostic.Severity.error
    let summary = "A function's environment variables add up to more than Lambda's 4 KB."
    let explanation = """
        Lambda limits the environment variables of a function to 4 KB in total
        (names and values, counted in bytes), a hard limit. Larger
        configuration belongs in a file shipped with the code, in SSM Parameter
        Store or AppConfig, read at start-up.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                ↓environment:
                  CONFIG: '\(String(repeating: "x", count: 4100))'
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
                environment: {TABLE: pets, LOG_LEVEL: info}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    static let limit = 4096

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index and in place, as `forEachEnvironmentVariable` reads them.
        for index in functions.indices {
            guard let environment = functions[index].settings.environment else { continue }
            let size = environment.reduce(0) { $0 + $1.key.utf8.count + $1.value.value.utf8.count }
            guard size > Self.limit else { continue }
            let function = functions[index]
            report.append(finding(
                "the environment of '\(function.name)' is \(size) bytes; Lambda allows 4096",
                at: spec.keyLocation(["functions", function.name, "environment"])
                    ?? function.provenance["environment"],
                hint: "move large configuration to SSM Parameter Store or a file shipped with the code"))
        }
    }
}
