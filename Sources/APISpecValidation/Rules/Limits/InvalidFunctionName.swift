import APISpecCore

struct InvalidFunctionName: FunctionRule {
    let id = "invalid-function-name"
    let severity = Diagnostic.Severity.error
    let summary = "A function's name is not a letter followed by up to 63 letters, digits, `-` or `_`."
    let explanation = """
        A function's name under `functions:` becomes part of its Lambda
        function name, role and log group, and of its CloudFormation logical
        ID. Lambda names allow letters, digits, `-` and `_` up to 64
        characters; starting with a letter keeps the logical ID valid too.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              ↓list.pets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: list.pets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              list_pets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: list_pets, auth: none}
            """),
    ] }

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function.
        for index in functions.indices where !Self.isValid(functions[index].name) {
            let function = functions[index]
            report.append(finding(
                "function name '\(function.name)' is not a letter followed by up to 63 letters, digits, `-` or `_`",
                at: function.provenance.entity,
                hint: "rename it, for example to `listPets` or `list-pets`"))
        }
    }

    /// `[A-Za-z][A-Za-z0-9_-]{0,63}`, ASCII only as the regex it replaces was.
    static func isValid(_ name: String) -> Bool {
        // The bytes read in place: the UTF-8 view's generic match cost several times more.
        name.withUTF8Bytes { $0.matches(first: .letters, rest: nameCharacters, restLengths: 0...63) }
    }

    /// Made once: made from its text in every call, it cost as much as the match.
    private static let nameCharacters = ASCIIClass.alphanumerics + "_-"
}
