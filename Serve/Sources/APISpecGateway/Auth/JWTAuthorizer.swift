import Foundation
import JWTKit
import APISpecRunConfig

/// A JWT authorizer checked against a local JWKS file: signature, `iss`, `aud` (or
/// `client_id`), `exp`, `nbf`, then the route's scopes. No token or a bad one is 401;
/// a good token without a required scope is 403.
struct JWTAuthorizer: Sendable {
    let settings: RunConfig.Authorizer
    let config: RunConfig
    private let keys: JWKSKeys

    init(settings: RunConfig.Authorizer, config: RunConfig) {
        self.settings = settings
        self.config = config
        self.keys = JWKSKeys(path: settings.jwks)
    }

    func check(_ request: GatewayRequest, scopes required: [String]) async -> Authorization.Decision {
        guard let source = settings.identitySource.first,
            let header = IdentitySource.value(source, request: request, config: config),
            let keys = await keys.collection
        else { return .denied(.unauthorized) }
        let token = header.hasPrefix("Bearer ") ? String(header.dropFirst(7)) : header
        guard let claims = try? await keys.verify(token, as: Claims.self), accepts(claims.members) else {
            return .denied(.unauthorized)
        }
        let scopes = Self.scopes(claims.members)
        if !required.isEmpty, !required.contains(where: scopes.contains) { return .denied(.forbidden) }
        return .allowed(.jwt(claims: claims.members.mapValues(Self.claimText), scopes: scopes.isEmpty ? nil : scopes))
    }

    private func accepts(_ claims: [String: JSON]) -> Bool {
        let now = Date().timeIntervalSince1970
        if !settings.issuers.isEmpty {
            let accepted = settings.issuers.filter { !UnresolvedReferences.isUnresolved($0) }
            guard let issuer = claims["iss"]?.string, accepted.contains(issuer) else { return false }
        }
        if !settings.audience.isEmpty {
            let audiences = claims["aud"]?.array?.compactMap(\.string) ?? [claims["aud"]?.string, claims["client_id"]?.string].compactMap { $0 }
            let accepted = settings.audience.filter { !UnresolvedReferences.isUnresolved($0) }
            if !audiences.contains(where: accepted.contains) { return false }
        }
        guard let expiry = Self.number(claims["exp"]), expiry > now else { return false }
        if let notBefore = Self.number(claims["nbf"]), notBefore > now { return false }
        return true
    }

    /// `scope` (space-separated, OAuth) or `scp` (a list, some issuers).
    static func scopes(_ claims: [String: JSON]) -> [String] {
        if let scope = claims["scope"]?.string { return scope.split(separator: " ").map(String.init) }
        return claims["scp"]?.array?.compactMap(\.string) ?? []
    }

    private static func number(_ value: JSON?) -> Double? {
        switch value {
        case .int(let number)?: return Double(number)
        case .double(let number)?: return number
        default: return nil
        }
    }

    /// HTTP APIs pass claims to functions as strings.
    private static func claimText(_ value: JSON) -> JSON {
        switch value {
        case .string: return value
        case .array(let items): return .string("[" + items.map { $0.string ?? $0.text }.joined(separator: " ") + "]")
        default: return .string(value.text)
        }
    }

    /// Any payload: the checks above are API Gateway's, not jwt-kit's.
    struct Claims: JWTPayload {
        var members: [String: JSON]

        init(from decoder: any Decoder) throws {
            members = try [String: JSON](from: decoder)
        }

        func encode(to encoder: any Encoder) throws {
            try members.encode(to: encoder)
        }

        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }
}
