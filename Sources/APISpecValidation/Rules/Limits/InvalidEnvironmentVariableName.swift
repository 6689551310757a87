import APISpecCore

struct InvalidEnvironmentVariableName: FunctionRule {
    let id = "invalid-environment-variable-name"
    let severity = Diagnostic.Severity.error
    let summary = "An environment variable's name is not one Lambda accepts."
    let explanation = """
        Lambda accepts environment variable names that start with a letter and
        continue with at least one letter, digit or underscore
        (`[a-zA-Z][a-zA-Z0-9_]+`). Names with dashes, dots or spaces, or a
        single letter, are rejected at deployment.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                environment:
                  ↓table-name: pets
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
                environment:
                  TABLE_NAME: pets
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        var valid = RecentNames<Bool>()
        functions.forEachEnvironmentVariable { function, name, _ in
            guard !valid.value(for: name, { Self.isValid($0) }) else { return }
            report.append(finding(
                "`\(name)` is not a valid environment variable name for Lambda",
                at: spec.environmentKeyLocation(name, of: functions[function]),
                hint: "start with a letter and use only letters, digits and `_`, such as `TABLE_NAME`"))
        }
    }

    /// `[a-zA-Z][a-zA-Z0-9_]+`, ASCII only as the regex it replaces was.
    static func isValid(_ name: String) -> Bool {
        name.utf8.matches(first: .letters, rest: nameCharacters, restLengths: 1...Int.max)
    }

    /// Made once: made from its text in every call, it cost as much as the match.
    private static let nameCharacters = ASCIIClass.alphanumerics + "_"
}
