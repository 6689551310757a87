import Foundation
import JWTKit

/// A signing key made for one test, its public half as a JWKS file, and tokens signed with it.
struct TestTokens {
    let keys: JWTKeyCollection
    let jwks: String

    static let kid = "test-key"

    init() async throws {
        let key = ES256PrivateKey()
        guard let parameters = key.parameters else { throw JWTError.generic(identifier: "key", reason: "no parameters") }
        keys = JWTKeyCollection()
        await keys.add(ecdsa: key, kid: JWKIdentifier(string: Self.kid))
        jwks = #"{"keys":[{"kty":"EC","crv":"P-256","alg":"ES256","use":"sig","kid":"\#(Self.kid)","x":"\#(parameters.x)","y":"\#(parameters.y)"}]}"#
    }

    /// A token with `claims` plus an expiry `expiresIn` seconds from now (negative: expired).
    func token(_ claims: [String: String], expiresIn: Int = 300) async throws -> String {
        try await keys.sign(Claims(values: claims, exp: Int(Date().timeIntervalSince1970) + expiresIn))
    }

    private struct Claims: JWTPayload {
        var values: [String: String]
        var exp: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (name, value) in values { try container.encode(value, forKey: Key(name)) }
            try container.encode(exp, forKey: Key("exp"))
        }

        init(values: [String: String], exp: Int) {
            self.values = values
            self.exp = exp
        }

        init(from decoder: any Decoder) throws {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "sign-only"))
        }

        func verify(using algorithm: some JWTAlgorithm) async throws {}

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ name: String) { stringValue = name }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }
}
