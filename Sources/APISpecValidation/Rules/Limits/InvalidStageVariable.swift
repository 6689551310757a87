import APISpecCore

struct InvalidStageVariable: Rule {
    let id = "invalid-stage-variable"
    let severity = Diagnostic.Severity.error
    let summary = "A stage variable's name or value uses characters API Gateway does not allow."
    let explanation = """
        Stage variable names may use letters, digits and underscores, and
        values letters, digits and `-._~:/?#&=,` (at most 512 characters).
        Stage variables end up in URLs and ARNs, which is why spaces and other
        characters are refused at deployment.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                variables:
                  ↓log-level: debug
                  GREETING: ↓hello world
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                variables:
                  LOG_LEVEL: debug
                  BACKEND: https://legacy.example.com/v1?mode=fast
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for stage in spec.checkedStages {
            check(stage.variables, path: ["stages", stage.name, "variables"], spec, &report)
            if let canary = stage.canary {
                check(canary.variables, path: ["stages", stage.name, "canary", "variables"], spec, &report)
            }
        }
    }

    private func check(
        _ variables: some Sequence<(key: String, value: Located<String>)>, path: [String], _ spec: Spec,
        _ report: inout [Diagnostic]
    ) {
        for (name, value) in variables {
            if !Self.isValidName(name) {
                report.append(finding(
                    "stage variable name '\(name)' may only use letters, digits and `_`",
                    at: spec.keyLocation(path + [name]) ?? value.location,
                    hint: "rename it, for example to `\(String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" }))`"))
            }
            if !value.value.containsReference, !Self.isValidValue(value.value) {
                report.append(finding(
                    "the value of stage variable '\(name)' uses characters API Gateway does not allow",
                    at: value.location,
                    hint: "use only letters, digits and `-._~:/?#&=,` (at most 512 characters)"))
            }
        }
    }

    /// `[A-Za-z0-9_]+`, ASCII only as the regex it replaces was.
    static func isValidName(_ name: String) -> Bool {
        name.utf8.matches(.alphanumerics + "_")
    }

    /// `[A-Za-z0-9\-._~:\/?#&=,]{0,512}`, ASCII only as the regex it replaces was.
    static func isValidValue(_ value: String) -> Bool {
        value.utf8.matches(.alphanumerics + "-._~:/?#&=,", lengths: 0...512)
    }
}
