import APISpecCore

struct UnknownFunction: SharingRule {
    let id = "unknown-function"
    let severity = Diagnostic.Severity.error
    let summary = "A route, authorizer or `local.functions` entry names a function that is not declared."
    let explanation = """
        Functions are declared once under `functions:` and referred to by name
        from routes (`function: name`), Lambda authorizers and
        `local.functions`. A name that is not declared there is usually a typo or
        a function that was renamed; nothing could be deployed for it.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: ↓listPet, auth: none}
            """),
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
              authorize: {runtime: python3.12, handler: auth.check}
            authorizers:
              partner: {type: lambda, function: ↓authorise}
            routes:
              GET /pets: {function: listPets, auth: partner}
            local:
              functions:
                ↓getPet: {command: [python3, -m, awslambdaric, app.get]}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        var declared = LastLookup<Bool>()
        // The routes' references are passed over again only when one of their names is undeclared.
        let inRoutes = shared.value(of: RouteReferences.self, for: spec).functions.contains {
            !spec.functions.keys.contains($0) && !spec.isBroken("functions", $0)
        }
        spec.forEachFunctionReference(inRoutes: inRoutes) { reference in
            guard !declared.value(for: reference.value, spec.functions.keys.contains), !spec.isBroken("functions", reference.value)
            else { return }
            report.append(finding(
                "function '\(reference.value)' is not declared",
                at: reference.location,
                hint: Suggestions.hint(for: reference.value, among: Array(spec.functions.keys), section: "functions")))
        }
    }
}
