import APISpecCore

struct InvalidApiName: Rule {
    let id = "invalid-api-name"
    let severity = Diagnostic.Severity.error
    let summary = "The API's `name` is not a letter followed by up to 63 letters, digits or dashes."
    let explanation = """
        `name` names the API in API Gateway and prefixes the names and logical
        IDs of every generated resource (functions, roles, log groups), whose
        AWS name limits are the tightest. It must start with a letter and
        continue with at most 63 letters, digits or dashes.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: ↓pets api
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets-api
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard !Self.isValid(spec.name) else { return }
        report.append(finding(
            "API name '\(spec.name)' is not a letter followed by up to 63 letters, digits or dashes",
            at: spec.provenance["name"],
            hint: "use a name such as `pets-api`"))
    }

    /// `[A-Za-z][A-Za-z0-9-]{0,63}`, ASCII only as the regex it replaces was.
    static func isValid(_ name: String) -> Bool {
        name.utf8.matches(first: .letters, rest: .alphanumerics + "-", restLengths: 0...63)
    }
}
