/// What an authorizer learned about the caller; the events carry it in `requestContext.authorizer`.
enum AuthorizerContext: Sendable, Equatable {
    /// A verified JWT: its claims, and its scopes when it has any.
    case jwt(claims: [String: JSON], scopes: [String]?)
    /// A Lambda authorizer's answer: the principal and the `context` it returned.
    case lambda(principalId: String?, context: [String: JSON])
    /// An IAM-signed caller.
    case iam(accessKey: String)

    /// Payload 2.0 (`{"jwt": ...}`, `{"lambda": ...}`, `{"iam": ...}`).
    var versionTwo: JSON {
        switch self {
        case .jwt(let claims, let scopes):
            return ["jwt": ["claims": .object(claims), "scopes": scopes.map { .array($0.map(JSON.string)) } ?? .null]]
        case .lambda(_, let context):
            return ["lambda": .object(context)]
        case .iam(let accessKey):
            return ["iam": ["accessKey": .string(accessKey), "accountId": "123456789012", "callerId": .string(accessKey)]]
        }
    }

    /// Payload 1.0: claims and scopes, or the Lambda authorizer's context flattened beside `principalId`.
    var versionOne: JSON {
        switch self {
        case .jwt(let claims, let scopes):
            return ["claims": .object(claims), "scopes": scopes.map { .array($0.map(JSON.string)) } ?? .null]
        case .lambda(let principalId, let context):
            var members = context
            if let principalId { members["principalId"] = .string(principalId) }
            members["integrationLatency"] = 0
            return .object(members)
        case .iam:
            return .null
        }
    }
}
