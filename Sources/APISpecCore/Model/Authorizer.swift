/// An authorizer declared under `authorizers:`.
public struct Authorizer: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case jwt, cognito, lambda, iam, apiKey
    }

    public var name: String
    public var kind: Kind
    /// jwt: token issuer URL.
    public var issuer: String?
    /// jwt: accepted audiences (client ids).
    public var audience: [Located<String>]
    /// cognito: user pool ARNs.
    public var userPools: [Located<String>]
    /// lambda: the function that decides.
    public var function: Located<String>?
    /// Where the identity comes from (`$request.header.X`, `method.request.header.X`, ...).
    public var identitySource: [Located<String>]
    /// lambda on REST: a TOKEN authorizer reading this header.
    public var tokenHeader: String?
    /// lambda TOKEN / cognito: a regular expression the token must match.
    public var tokenPattern: String?
    /// Seconds the decision is cached, 0-3600.
    public var resultTtl: Int?
    /// lambda on HTTP APIs: `{isAuthorized: bool}` answers.
    public var simpleResponses: Bool?
    /// lambda on HTTP APIs: `1.0` or `2.0`.
    public var payloadVersion: String?
    public var extensions: Extensions
    public var provenance: Provenance

    public init(name: String, kind: Kind, provenance: Provenance) {
        self.name = name
        self.kind = kind
        self.audience = []
        self.userPools = []
        self.identitySource = []
        self.extensions = []
        self.provenance = provenance
    }
}

extension Authorizer {
    /// REST Lambda authorizers are TOKEN when `tokenHeader` is given, else REQUEST.
    public var isTokenAuthorizer: Bool { kind == .lambda && tokenHeader != nil }

    /// `identitySource` as written, or the documented default.
    public var effectiveIdentitySource: [String] {
        if !identitySource.isEmpty { return identitySource.map(\.value) }
        if let tokenHeader { return ["$request.header.\(tokenHeader)"] }
        return ["$request.header.Authorization"]
    }
}

/// What a route says about auth: `none`, `iam`, or an authorizer's name.
public enum AuthChoice: Sendable, Hashable, CustomStringConvertible {
    case none
    case iam
    case authorizer(String)

    public init(_ text: String) {
        switch text {
        case "none": self = .none
        case "iam": self = .iam
        default: self = .authorizer(text)
        }
    }

    public var description: String {
        switch self {
        case .none: return "none"
        case .iam: return "iam"
        case .authorizer(let name): return name
        }
    }
}
