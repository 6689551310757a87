import APISpecCore

extension OpenAPIBuilder {
    /// Scheme names for API Gateway's built-in checks, the names API Gateway itself exports.
    /// Neither can clash with an authorizer's: validation reserves both (`reserved-authorizer-name`).
    static let iamScheme = "iam"
    static let apiKeyScheme = "api_key"

    /// `components.securitySchemes`: every declared authorizer, then the built-in checks routes use.
    func securitySchemes(for uses: RouteUses) -> JSONObject {
        var schemes: JSONObject = [:]
        for authorizer in spec.authorizers.values where !spec.isBroken("authorizers", authorizer.name) {
            schemes[authorizer.name] = scheme(for: authorizer)
        }
        if uses.iam { schemes[Self.iamScheme] = sigv4Scheme }
        if uses.apiKey { schemes[Self.apiKeyScheme] = apiKeyScheme }
        return schemes
    }

    /// A route's `security`: `[]` says out loud that it is public; an API key requirement joins the
    /// authorizer in one requirement object, because API Gateway checks both.
    /// Written as a member, key and all; `texts.security` holds the texts of the last few.
    func writeSecurityRequirement<Sink: JSONSink>(for route: Route, texts: OperationTexts, into sink: inout Sink) {
        var requirement = SecurityRequirement(apiKey: route.apiKeyRequired == true)
        switch route.auth?.value {
        case AuthChoice.none?, nil: break
        case .iam?: requirement.scheme = Self.iamScheme
        case .authorizer(let name)?:
            requirement.scheme = name
            let scoped = texts.scopedAuthorizers.value(for: name) { name in
                let kind = spec.authorizers[name]?.kind
                return kind == .jwt || kind == .cognito
            }
            if scoped { requirement.scopes = route.scopes }
        }
        sink.members(repeating: texts.security, key: requirement) { sink in
            sink.key(constant: "security")
            sink.array { requirements in
                guard requirement.scheme != nil || requirement.apiKey else { return }
                requirements.object { object in
                    if let scheme = requirement.scheme { object.member(scheme, .array(requirement.scopes.map { .string($0.value) })) }
                    if requirement.apiKey { object.member(Self.apiKeyScheme, []) }
                }
            }
        }
    }

    /// What a route's `security` is made of: its scheme with the scopes it asks for, and
    /// whether it needs an API key.
    struct SecurityRequirement: Equatable {
        var scheme: String?
        /// The route's own list, compared by the scopes alone: a list of their names made for
        /// each route cost an allocation and its release.
        var scopes: [Located<String>] = []
        var apiKey: Bool

        init(apiKey: Bool) {
            self.apiKey = apiKey
        }

        static func == (a: Self, b: Self) -> Bool {
            // By index: `elementsEqual` copied each item out, its location with it.
            a.scheme == b.scheme && a.apiKey == b.apiKey && a.scopes.count == b.scopes.count
                && a.scopes.indices.allSatisfy { a.scopes[$0].value == b.scopes[$0].value }
        }
    }

    private func scheme(for authorizer: Authorizer) -> JSONValue {
        var scheme: JSONObject
        switch authorizer.kind {
        case .jwt:
            scheme = tokenIssuerScheme(authorizer)
        case .cognito where spec.apiProtocol == .http || !awsExtensions:
            scheme = tokenIssuerScheme(authorizer)
        case .cognito:
            scheme = headerScheme(authorizer)
            scheme["x-amazon-apigateway-authtype"] = "cognito_user_pools"
        case .lambda:
            scheme = identityScheme(authorizer)
            if awsExtensions, spec.apiProtocol == .rest { scheme["x-amazon-apigateway-authtype"] = "custom" }
        case .iam:
            return sigv4Scheme
        case .apiKey:
            return apiKeyScheme
        }
        if awsExtensions { scheme["x-amazon-apigateway-authorizer"] = authorizerExtension.object(for: authorizer) }
        return .object(scheme.merging(passthrough(authorizer.extensions)) { own, _ in own })
    }

    /// JWTs are OpenID Connect tokens; API Gateway imports JWT authorizers from `oauth2` schemes,
    /// while a clean document points tools at the issuer's discovery document when the issuer
    /// is a URL already (not one known only at deploy time).
    private func tokenIssuerScheme(_ authorizer: Authorizer) -> JSONObject {
        guard !awsExtensions, case .string(var issuer)? = authorizerExtension.issuer(of: authorizer),
              issuer.hasPrefix("https://"), !issuer.contains("${")
        else { return ["type": "oauth2", "flows": [:]] }
        if issuer.hasSuffix("/") { issuer.removeLast() }
        return ["type": "openIdConnect", "openIdConnectUrl": .string(issuer + "/.well-known/openid-configuration")]
    }

    private func headerScheme(_ authorizer: Authorizer) -> JSONObject {
        ["type": "apiKey", "name": .string(authorizer.tokenHeader ?? "Authorization"), "in": "header"]
    }

    /// A Lambda authorizer reads its first identity source: a header, or a query string parameter.
    private func identityScheme(_ authorizer: Authorizer) -> JSONObject {
        let source = authorizer.effectiveIdentitySource.first ?? ""
        for (prefix, location) in [("$request.querystring.", "query"), ("method.request.querystring.", "query"),
                                   ("$request.header.", "header"), ("method.request.header.", "header")]
        where source.hasPrefix(prefix) {
            return ["type": "apiKey", "name": .string(String(source.dropFirst(prefix.count))), "in": .string(location)]
        }
        return ["type": "apiKey", "name": "Authorization", "in": "header"]
    }

    /// IAM authorization: SigV4-signed requests, which API Gateway names `awsSigv4`.
    private var sigv4Scheme: JSONValue {
        var scheme: JSONObject = ["type": "apiKey", "name": "Authorization", "in": "header"]
        if awsExtensions { scheme["x-amazon-apigateway-authtype"] = "awsSigv4" }
        return .object(scheme)
    }

    private var apiKeyScheme: JSONValue { ["type": "apiKey", "name": "x-api-key", "in": "header"] }

    var authorizerExtension: AuthorizerExtension {
        AuthorizerExtension(apiProtocol: spec.apiProtocol, targets: targets)
    }
}
