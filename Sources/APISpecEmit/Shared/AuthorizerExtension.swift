import APISpecCore

/// `x-amazon-apigateway-authorizer`: how API Gateway runs one declared authorizer, in the
/// format it imports for REST and HTTP APIs.
public struct AuthorizerExtension {
    public let apiProtocol: APIProtocol
    public let targets: any DeployTargets

    public init(apiProtocol: APIProtocol, targets: any DeployTargets) {
        self.apiProtocol = apiProtocol
        self.targets = targets
    }

    /// HTTP API Lambda authorizers must say a payload version; 2.0 matches the routes' default.
    public static let defaultLambdaPayloadVersion = "2.0"

    /// Nil for `iam` and `apiKey`, which API Gateway builds in, and for kinds the protocol lacks.
    public func object(for authorizer: Authorizer) -> JSONValue? {
        switch (authorizer.kind, apiProtocol) {
        case (.jwt, .http), (.cognito, .http): return jwt(authorizer)
        case (.lambda, .http): return httpLambda(authorizer)
        case (.cognito, .rest): return restCognito(authorizer)
        case (.lambda, .rest): return restLambda(authorizer)
        default: return nil
        }
    }

    private func jwt(_ authorizer: Authorizer) -> JSONValue {
        var configuration: JSONObject = [:]
        configuration["issuer"] = issuer(of: authorizer)
        configuration["audience"] = .array(authorizer.audience.map { targets.text($0.value) })
        return [
            "type": "jwt",
            "identitySource": .string(authorizer.effectiveIdentitySource.joinedText(separator: ", ")),
            "jwtConfiguration": .object(configuration),
        ]
    }

    /// The token issuer of a `jwt` authorizer, or of a `cognito` one's first pool.
    public func issuer(of authorizer: Authorizer) -> JSONValue? {
        switch authorizer.kind {
        case .jwt: return authorizer.issuer.map(targets.text)
        case .cognito: return authorizer.userPools.first.map { targets.cognitoIssuer(userPoolARN: $0.value) }
        default: return nil
        }
    }

    private func httpLambda(_ authorizer: Authorizer) -> JSONValue {
        let version = authorizer.payloadVersion ?? Self.defaultLambdaPayloadVersion
        var object: JSONObject = [
            "type": "request",
            "identitySource": .string(authorizer.effectiveIdentitySource.joinedText(separator: ", ")),
        ]
        object["authorizerUri"] = authorizer.function.map { targets.authorizerURI(function: $0.value) }
        object["authorizerPayloadFormatVersion"] = .string(version)
        if version == "2.0", let simple = authorizer.simpleResponses { object["enableSimpleResponses"] = .bool(simple) }
        object["authorizerResultTtlInSeconds"] = authorizer.resultTtl.map(JSONValue.int)
        return .object(object)
    }

    private func restCognito(_ authorizer: Authorizer) -> JSONValue {
        var object: JSONObject = [
            "type": "cognito_user_pools",
            "providerARNs": .array(authorizer.userPools.map { targets.text($0.value) }),
            "identitySource": .string(restIdentitySource(authorizer)),
        ]
        object["identityValidationExpression"] = authorizer.tokenPattern.map(JSONValue.string)
        object["authorizerResultTtlInSeconds"] = authorizer.resultTtl.map(JSONValue.int)
        return .object(object)
    }

    private func restLambda(_ authorizer: Authorizer) -> JSONValue {
        var object: JSONObject = [
            "type": authorizer.isTokenAuthorizer ? "token" : "request",
        ]
        object["authorizerUri"] = authorizer.function.map { targets.authorizerURI(function: $0.value) }
        object["identitySource"] = .string(restIdentitySource(authorizer))
        if authorizer.isTokenAuthorizer {
            object["identityValidationExpression"] = authorizer.tokenPattern.map(JSONValue.string)
        }
        object["authorizerResultTtlInSeconds"] = authorizer.resultTtl.map(JSONValue.int)
        return .object(object)
    }

    private func restIdentitySource(_ authorizer: Authorizer) -> String {
        authorizer.effectiveIdentitySource.map(IdentitySource.rest).joinedText(separator: ", ")
    }
}
