import APISpecCore

struct ReservedAuthorizerName: Rule {
    let id = "reserved-authorizer-name"
    let severity = Diagnostic.Severity.error
    let summary = "An authorizer is named `none`, `iam` or `api_key`."
    let explanation = """
        A route's `auth: none` and `auth: iam` mean no authorization and IAM
        (SigV4) authorization, so an authorizer of either name can never be
        chosen: the routes that name it get the built-in meaning instead.
        `api_key` is the name API Gateway gives its API-key check in OpenAPI
        documents (`components.securitySchemes`), so an authorizer of that name
        would be replaced there by the API-key scheme. Rename the authorizer and
        the `auth:` values that name it.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            authorizers:
              ↓api_key: {type: lambda, function: check}
            functions:
              check: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: api_key}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            authorizers:
              partners: {type: lambda, function: check}
            functions:
              check: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: partners}
            """),
    ] }

    /// What a reserved name means where an authorizer's name would go; nil for the others.
    private static func meaning(of name: String) -> String? {
        switch name {
        case "none": return "`auth: none` means no authorization"
        case "iam": return "`auth: iam` means IAM (SigV4) authorization"
        case "api_key": return "API Gateway names its API-key check `api_key` in OpenAPI documents"
        default: return nil
        }
    }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for authorizer in spec.checkedAuthorizers {
            guard let meaning = Self.meaning(of: authorizer.name) else { continue }
            report.append(finding(
                "authorizer name '\(authorizer.name)' is reserved: \(meaning)",
                at: authorizer.provenance.entity,
                hint: "rename the authorizer, and the `auth:` values that name it"))
        }
    }
}
