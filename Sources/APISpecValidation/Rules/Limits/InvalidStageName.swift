import APISpecCore

struct InvalidStageName: Rule {
    let id = "invalid-stage-name"
    let severity = Diagnostic.Severity.error
    let summary = "A stage's name is not up to 128 letters, digits, `-` or `_`."
    let explanation = """
        Stage names appear in the API's URL (`https://.../prod/pets`) and may
        use letters, digits, `-` and `_`, up to 128 characters. HTTP APIs also
        have the special `$default` stage, served without a path prefix.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              ↓$default: {throttling: {rate: 10, burst: 20}}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              $default: {throttling: {rate: 10, burst: 20}}
              beta_2: {throttling: {rate: 10, burst: 20}}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for stage in spec.checkedStages where !Self.isValid(stage.name, spec.apiProtocol) {
            report.append(finding(
                "stage name '\(stage.name)' is not valid for \(spec.apiProtocol.singularName)",
                at: stage.provenance.entity,
                hint: spec.apiProtocol == .http
                    ? "use `$default` or up to 128 letters, digits, `-` and `_`"
                    : "use up to 128 letters, digits, `-` and `_`, such as `prod`"))
        }
    }

    /// `[A-Za-z0-9_-]{1,128}`, ASCII only as the regex it replaces was, or HTTP APIs' `$default`.
    static func isValid(_ name: String, _ apiProtocol: APIProtocol) -> Bool {
        if apiProtocol == .http && name == "$default" { return true }
        return name.utf8.matches(.alphanumerics + "_-", lengths: 1...128)
    }
}
