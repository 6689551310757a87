import APISpecCore

struct AuthorizerTypeNotSupported: Rule {
    let id = "authorizer-type-not-supported"
    let severity = Diagnostic.Severity.error
    let summary = "An authorizer's `type` does not exist on the API's protocol."
    let explanation = """
        Each kind of API has its own authorizers. HTTP APIs have `jwt`,
        `lambda` and `iam` (a `cognito` authorizer becomes a JWT authorizer on
        the user pool's issuer). REST APIs have `cognito`, `lambda`, `iam` and
        `apiKey`, but no `jwt`: use `cognito`, or a Lambda authorizer that
        verifies the token. WebSocket APIs have only `lambda` and `iam`, on
        `$connect`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            authorizers:
              users: {type: ↓jwt, issuer: https://auth.example.com/, audience: [pets]}
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: users}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            authorizers:
              pool: {type: cognito, userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]}
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: pool}
            """),
    ] }

    /// A switch and a list: the first `Set<Authorizer.Kind>` or dictionary keyed by `APIProtocol`
    /// a run makes has the runtime search its conformance records, half a million instructions.
    static func supported(on api: APIProtocol) -> [Authorizer.Kind] {
        switch api {
        case .http: return [.jwt, .cognito, .lambda, .iam]
        case .rest: return [.cognito, .lambda, .iam, .apiKey]
        case .websocket: return [.lambda, .iam]
        }
    }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        let supported = Self.supported(on: spec.apiProtocol)
        let names = Authorizer.Kind.allCases.filter(supported.contains).map { "`\($0.rawValue)`" }
        for authorizer in spec.checkedAuthorizers where !supported.contains(authorizer.kind) {
            report.append(finding(
                "\(spec.apiProtocol.pluralName) have no `\(authorizer.kind.rawValue)` authorizers",
                at: authorizer.provenance["type"],
                hint: "use one of \(names.joined(separator: ", ")) on \(spec.apiProtocol.singularName)"))
        }
    }
}
