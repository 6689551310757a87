import APISpecCore

struct AuthorizerSettingNotForType: Rule {
    let id = "authorizer-setting-not-for-type"
    let severity = Diagnostic.Severity.error
    let summary = "An authorizer sets a key its `type` does not read, which would be dropped."
    let explanation = """
        Each authorizer `type` reads its own settings: `jwt` an `issuer`, an
        `audience` and an `identitySource`; `cognito` its `userPools`, an
        `audience` (HTTP APIs), an `identitySource`, and on REST APIs a
        `tokenPattern` and a `resultTtl`; `lambda` its `function`,
        `identitySource`, `resultTtl`, and `tokenHeader`/`tokenPattern` (REST)
        or `simpleResponses`/`payloadVersion` (HTTP APIs); `iam` and `apiKey`
        nothing but `type`. Any other key would be left out of the template, so
        a check the author believes in would not run: an `audience` on a
        `lambda` authorizer restricts nothing, `userPools` on a `jwt` one
        trusts no pool. Remove the key, or change `type`. A key the API's
        protocol lacks is reported by that protocol's rule instead (for example
        `token-authorizer-requires-rest`), and an authorizer whose type the
        protocol lacks by `authorizer-type-not-supported`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner: {type: lambda, function: authorize, audience: ↓[pets-web]}
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets-web], function: ↓authorize}
              staff: {type: iam, identitySource: ↓[$request.header.Authorization]}
            routes:
              GET /pets: {function: listPets, auth: partner}
              GET /owners: {function: listPets, auth: users}
              GET /staff: {function: listPets, auth: staff}
            """),
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              pool:
                type: cognito
                userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]
                issuer: ↓https://cognito-idp.us-east-1.amazonaws.com/us-east-1_X
                tokenHeader: ↓Authorization
              keys: {type: apiKey, resultTtl: ↓300}
            routes:
              GET /pets: {function: listPets, auth: pool}
              GET /owners: {function: listPets, auth: keys}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner:
                type: lambda
                function: authorize
                identitySource: [$request.header.X-Partner]
                resultTtl: 60
                simpleResponses: true
                payloadVersion: "2.0"
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets-web], resultTtl: 0}
              pool:
                type: cognito
                userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]
                audience: [4example5client6id]
            routes:
              GET /pets: {function: listPets, auth: partner}
              GET /owners: {function: listPets, auth: users}
              GET /staff: {function: listPets, auth: pool}
            """),
    ] }

    /// The keys besides `type` each authorizer type reads, on at least one protocol. A switch,
    /// not a dictionary keyed by the type, for the reason `AuthorizerTypeNotSupported.supported` gives.
    static func settings(of kind: Authorizer.Kind) -> [String] {
        switch kind {
        case .jwt: return ["issuer", "audience", "identitySource"]
        case .cognito: return ["userPools", "audience", "identitySource", "tokenPattern", "resultTtl"]
        case .lambda: return ["function", "identitySource", "tokenHeader", "tokenPattern", "resultTtl", "simpleResponses",
                              "payloadVersion"]
        case .iam, .apiKey: return []
        }
    }

    /// Whether a protocol rule decides about `key` of a `kind` authorizer on `api` (reports it, or
    /// lets its off value pass), so this rule stays out of it.
    static func decidedByProtocol(_ key: String, of kind: Authorizer.Kind, on api: APIProtocol) -> Bool {
        switch key {
        // token-authorizer-requires-rest
        case "tokenHeader", "tokenPattern": return api != .rest
        // simple-responses-require-http, payload-version-requires-http
        case "simpleResponses", "payloadVersion": return api != .http
        // result-ttl-on-websocket, result-ttl-on-jwt-authorizer
        case "resultTtl": return api == .websocket || (api == .http && (kind == .jwt || kind == .cognito))
        // audience-on-rest
        case "audience": return api == .rest && kind == .cognito
        default: return false
        }
    }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        let supported = AuthorizerTypeNotSupported.supported(on: spec.apiProtocol)
        for authorizer in spec.checkedAuthorizers where supported.contains(authorizer.kind) {
            let kind = authorizer.kind
            let reads = Self.settings(of: kind)
            let written = authorizer.provenance.fields.filter { $0.key != "type" }.sorted { $0.location < $1.location }
            for (key, location) in written
            where !reads.contains(key) && !Self.decidedByProtocol(key, of: kind, on: spec.apiProtocol) {
                let used = reads.filter { !Self.decidedByProtocol($0, of: kind, on: spec.apiProtocol) }
                let article = kind == .iam || kind == .apiKey ? "an" : "a"
                let uses = used.isEmpty
                    ? "has no settings besides `type`"
                    : "uses " + used.map { "`\($0)`" }.joined(separator: ", ")
                report.append(finding(
                    "`\(key)` means nothing to \(article) `\(kind.rawValue)` authorizer: "
                        + "authorizer '\(authorizer.name)' would be deployed without it",
                    at: location,
                    hint: "\(article) `\(kind.rawValue)` authorizer on \(spec.apiProtocol.singularName) \(uses); "
                        + "remove `\(key)`, or change `type`"))
            }
        }
    }
}
