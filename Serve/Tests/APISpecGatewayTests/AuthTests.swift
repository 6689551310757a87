import APISpecGateway
import Foundation
import Testing

/// JWT, Lambda authorizers, IAM and API keys, answered as API Gateway answers them.
@Suite(.serialized)
struct AuthTests {
    static let httpSpec = """
        apispec: 1
        name: guarded
        protocol: http
        defaults:
          function: {runtime: python3.12, code: ., timeout: 5}
        functions:
          echo: {handler: handlers.echo}
          policy: {handler: handlers.authorize_policy}
          simple: {handler: handlers.authorize_simple}
        authorizers:
          users: {type: jwt, issuer: https://issuer.example.com, audience: [tests]}
          gate: {type: lambda, function: simple, simpleResponses: true, identitySource: [$request.header.x-token], resultTtl: 300}
          policy: {type: lambda, function: policy, identitySource: [$request.header.x-token]}
        routes:
          GET /jwt: {function: echo, auth: users, scopes: [pets/read]}
          GET /simple: {function: echo, auth: gate}
          GET /policy: {function: echo, auth: policy}
          GET /iam: {function: echo, auth: iam}
        local:
          jwks: {users: jwks.json}
        """

    /// An issuer or audience from a parameter without a default has no local value: every
    /// token is refused (never "any issuer"), and the server says why when it starts.
    @Test(arguments: [
        ("issuer: https://issuer.example.com", "issuer: \"${param:Unset}\"", "issuer ${param:Unset}"),
        ("audience: [tests]", "audience: [\"${param:Unset}\"]", "audience ${param:Unset}"),
    ])
    func anUnresolvedSettingRefusesEveryTokenAndIsExplained(_ setting: String, _ unresolved: String, _ named: String) async throws {
        let tokens = try await TestTokens()
        let spec = Self.httpSpec
            .replacingOccurrences(of: setting, with: unresolved)
            .replacingOccurrences(of: "protocol: http\n", with: "protocol: http\nparameters:\n  Unset: {type: String}\n")
        let app = try TestApp(spec: spec, files: ["jwks.json": tokens.jwks])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let warning = await served.logLines(containing: "authorizer users: \(named) has no local value")
        #expect(warning.count == 1, "\(served.log)")
        for value in ["https://issuer.example.com", "tests", "${param:Unset}"] {
            let claims = ["iss": "https://issuer.example.com", "aud": "tests", "scope": "pets/read"]
            let token = try await tokens.token(claims.merging([setting.hasPrefix("issuer") ? "iss" : "aud": value]) { $1 })
            let reply = try await served.request(.GET, "/jwt", headers: [("authorization", "Bearer \(token)")])
            #expect(reply.status == 401, "\(named), token with \(value)")
        }
    }

    @Test func jwtIsCheckedForSignatureIssuerAudienceExpiryAndScopes() async throws {
        let tokens = try await TestTokens()
        let app = try TestApp(spec: Self.httpSpec, files: ["jwks.json": tokens.jwks])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        func call(_ claims: [String: String]?, expiresIn: Int = 300) async throws -> ServedAPI.Reply {
            guard let claims else { return try await served.request(.GET, "/jwt") }
            let token = try await tokens.token(claims, expiresIn: expiresIn)
            return try await served.request(.GET, "/jwt", headers: [("authorization", "Bearer \(token)")])
        }
        let good = ["iss": "https://issuer.example.com", "aud": "tests", "sub": "alice", "scope": "pets/read pets/write"]

        #expect(try await call(nil).status == 401)
        #expect(try await call(good, expiresIn: -60).status == 401, "expired")
        #expect(try await call(good.merging(["iss": "https://evil.example.com"]) { $1 }).status == 401, "issuer")
        #expect(try await call(good.merging(["aud": "others"]) { $1 }).status == 401, "audience")
        let forged = try await served.request(.GET, "/jwt", headers: [("authorization", "Bearer \(try await TestTokens().token(good))")])
        #expect(forged.status == 401, "signed with a key not in the JWKS")
        let noScope = try await call(good.merging(["scope": "pets/write"]) { $1 })
        #expect(noScope.status == 403)
        #expect(noScope.json == ["message": "Forbidden"])

        let allowed = try await call(good)
        #expect(allowed.status == 200)
        let jwt = allowed.json?["requestContext"]?["authorizer"]?["jwt"]
        #expect(jwt?["claims"]?["sub"] == "alice")
        #expect(jwt?["scopes"] == ["pets/read", "pets/write"])
    }

    @Test func simpleLambdaAuthorizerPassesContextAndCachesByIdentity() async throws {
        let app = try TestApp(spec: Self.httpSpec, files: ["jwks.json": #"{"keys":[]}"#])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let missing = try await served.request(.GET, "/simple")
        #expect(missing.status == 401, "no identity source: the authorizer is not even asked")
        #expect(missing.json == ["message": "Unauthorized"])
        #expect(try await served.request(.GET, "/simple", headers: [("x-token", "nope")]).status == 403)

        let first = try await served.request(.GET, "/simple", headers: [("x-token", "let-me-in")])
        #expect(first.status == 200)
        let lambda = first.json?["requestContext"]?["authorizer"]?["lambda"]
        #expect(lambda?["who"] == "let-me-in")
        let second = try await served.request(.GET, "/simple", headers: [("x-token", "let-me-in")])
        #expect(second.json?["requestContext"]?["authorizer"]?["lambda"]?["calls"] == lambda?["calls"],
            "the second call is answered from the cache, without asking the authorizer again")
    }

    @Test func policyLambdaAuthorizerAllowsAndDenies() async throws {
        let app = try TestApp(spec: Self.httpSpec, files: ["jwks.json": #"{"keys":[]}"#])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let denied = try await served.request(.GET, "/policy", headers: [("x-token", "please-deny")])
        #expect(denied.status == 403)
        let allowed = try await served.request(.GET, "/policy", headers: [("x-token", "ok")])
        #expect(allowed.status == 200)
        #expect(allowed.json?["requestContext"]?["authorizer"]?["lambda"]?["tier"] == "gold")
    }

    @Test func iamRoutesNeedASignedRequest() async throws {
        let app = try TestApp(spec: Self.httpSpec, files: ["jwks.json": #"{"keys":[]}"#])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        #expect(try await served.request(.GET, "/iam").status == 403)
        let signed = try await served.request(.GET, "/iam", headers: [(
            "authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=abc"
        )])
        #expect(signed.status == 200)
        #expect(signed.json?["requestContext"]?["authorizer"]?["iam"]?["accessKey"] == "AKIDEXAMPLE")
    }

    /// A REST `cognito` authorizer accepts the tokens of each of its user pools, as on AWS.
    @Test func restCognitoAcceptsTokensOfEachPool() async throws {
        let tokens = try await TestTokens()
        let spec = """
            apispec: 1
            name: pools
            protocol: rest
            defaults:
              function: {runtime: python3.12, code: ., timeout: 5}
            functions:
              echo: {handler: handlers.echo}
            authorizers:
              staff:
                type: cognito
                userPools:
                  - arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Staff
                  - arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Partners
            routes:
              GET /orders: {function: echo, auth: staff}
            stages:
              prod: {}
            local:
              jwks: {staff: jwks.json}
            """
        let app = try TestApp(spec: spec, files: ["jwks.json": tokens.jwks])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        func call(issuer: String) async throws -> Int {
            let token = try await tokens.token(["iss": issuer, "sub": "alice"])
            return try await served.request(.GET, "/prod/orders", headers: [("authorization", token)]).status
        }
        #expect(try await call(issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Staff") == 200, "\(served.log)")
        #expect(try await call(issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Partners") == 200)
        #expect(try await call(issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other") == 401, "a pool it does not name")
    }

    static let restSpec = """
        apispec: 1
        name: guardedrest
        protocol: rest
        defaults:
          function: {runtime: python3.12, code: ., timeout: 5}
        functions:
          echo: {handler: handlers.echo}
          policy: {handler: handlers.authorize_policy}
        authorizers:
          token: {type: lambda, function: policy, tokenHeader: X-Token, tokenPattern: '^t-'}
        routes:
          GET /token: {function: echo, auth: token}
          GET /keyed: {function: echo, auth: none, apiKeyRequired: true}
        usagePlans:
          basic: {throttling: {rate: 10, burst: 20}}
        apiKeys:
          partner: {usagePlans: [basic]}
        stages:
          prod: {}
        local:
          apiKeys: {partner: local-secret}
        """

    @Test func restTokenAuthorizerAndAPIKeys() async throws {
        let app = try TestApp(spec: Self.restSpec)
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        #expect(try await served.request(.GET, "/prod/token").status == 401)
        #expect(try await served.request(.GET, "/prod/token", headers: [("X-Token", "bad")]).status == 401,
            "a token that does not match tokenPattern never reaches the authorizer")
        let denied = try await served.request(.GET, "/prod/token", headers: [("X-Token", "t-deny")])
        #expect(denied.status == 403)
        #expect(denied.json == ["Message": "User is not authorized to access this resource with an explicit deny"])
        let allowed = try await served.request(.GET, "/prod/token", headers: [("X-Token", "t-ok")])
        #expect(allowed.status == 200)
        let authorizer = allowed.json?["requestContext"]?["authorizer"]
        #expect(authorizer?["principalId"] == "user-t-ok")
        #expect(authorizer?["tier"] == "gold")

        #expect(try await served.request(.GET, "/prod/keyed").status == 403)
        #expect(try await served.request(.GET, "/prod/keyed", headers: [("x-api-key", "wrong")]).status == 403)
        #expect(try await served.request(.GET, "/prod/keyed", headers: [("x-api-key", "local-secret")]).status == 200)
    }
}
