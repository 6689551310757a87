import APISpecCore
import APISpecTestSupport
import Testing

@testable import APISpecValidation

/// Authorizer rules leave to each other what another already reports: each marked place
/// draws exactly one finding from the rules a test names.
@Suite struct AuthorizerCombinationTests {
    static let ids: Set = [
        "token-pattern-without-token-header", "simple-responses-require-payload-2", "cognito-without-user-pools",
        "token-authorizer-requires-rest", "simple-responses-require-http", "payload-version-requires-http",
        "authorizer-type-not-supported", "authorizer-setting-not-for-type", "authorizer-without-audience",
    ]

    @Test(arguments: [
        // HTTP API: a lambda's tokenPattern is token-authorizer-requires-rest's; an empty pool list
        // and a missing audience are two findings.
        """
        apispec: 1
        name: pets
        functions:
          authorize: {runtime: python3.12, handler: auth.check}
          listPets: {runtime: python3.12, handler: app.list}
        authorizers:
          partner: {type: lambda, function: authorize, ↓tokenPattern: '^t-', simpleResponses: true, payloadVersion: ↓"1.0"}
          ↓pool: {type: cognito, userPools: ↓[]}
        routes:
          GET /pets: {function: listPets, auth: partner}
          GET /owners: {function: listPets, auth: pool}
        """,
        // REST API: simpleResponses and payloadVersion are the HTTP-only rules'; a TOKEN
        // authorizer's pattern and a cognito pattern pass.
        """
        apispec: 1
        name: pets
        protocol: rest
        functions:
          authorize: {runtime: python3.12, handler: auth.check}
          listPets: {runtime: python3.12, handler: app.list}
        authorizers:
          partner: {type: lambda, function: authorize, ↓simpleResponses: true, ↓payloadVersion: "1.0", tokenPattern: ↓'^t-'}
          token: {type: lambda, function: authorize, tokenHeader: X-Token, tokenPattern: '^t-'}
          pool: {type: cognito, userPools: ↓[], tokenPattern: '^Bearer .+$'}
        routes:
          GET /pets: {function: listPets, auth: partner}
          GET /owners: {function: listPets, auth: token}
          GET /staff: {function: listPets, auth: pool}
        """,
        // WebSocket API: a cognito authorizer is reported once, for its type.
        """
        apispec: 1
        name: chat
        protocol: websocket
        functions:
          connect: {runtime: python3.12, handler: app.connect}
        authorizers:
          pool: {type: ↓cognito, userPools: []}
        routes:
          $connect: {function: connect, auth: pool}
        """,
    ])
    func eachProblemIsReportedOnce(_ yaml: String) {
        Self.expectFindingsAtMarks(yaml, from: Self.ids)
    }

    /// Authorizer keys a protocol rule already reports (at the key or at its value), and
    /// authorizers whose type the protocol lacks, draw no second finding from
    /// `authorizer-setting-not-for-type`.
    @Test(arguments: [
        """
        apispec: 1
        name: pets
        functions:
          listPets: {runtime: python3.12, handler: app.list}
        authorizers:
          users: {type: jwt, issuer: https://auth.example.com/, audience: [pets], ↓tokenHeader: X-Token, resultTtl: ↓60, userPools: ↓[p]}
          keys: {type: ↓apiKey, resultTtl: 60}
        routes:
          GET /pets: {function: listPets, auth: users}
          GET /owners: {function: listPets, auth: keys}
        """,
        """
        apispec: 1
        name: pets
        protocol: rest
        functions:
          authorize: {runtime: python3.12, handler: auth.check}
          listPets: {runtime: python3.12, handler: app.list}
        authorizers:
          pool:
            type: cognito
            userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X"]
            audience: ↓[web]
            ↓simpleResponses: true
            function: ↓authorize
        routes:
          GET /pets: {function: listPets, auth: pool}
        """,
        """
        apispec: 1
        name: chat
        protocol: websocket
        functions:
          authorize: {runtime: python3.12, handler: auth.check}
          connect: {runtime: python3.12, handler: app.connect}
        authorizers:
          gate: {type: lambda, function: authorize, resultTtl: ↓30, ↓payloadVersion: "2.0", issuer: ↓https://auth.example.com/}
        routes:
          $connect: {function: connect, auth: gate}
        """,
    ])
    func anAuthorizerKeyIsReportedOnce(_ yaml: String) {
        let findings = Self.expectFindingsAtMarks(yaml, from: [
            "authorizer-setting-not-for-type", "authorizer-type-not-supported", "token-authorizer-requires-rest",
            "simple-responses-require-http", "payload-version-requires-http", "result-ttl-on-websocket",
            "result-ttl-on-jwt-authorizer", "audience-on-rest",
        ])
        #expect(findings.contains { $0.id == "authorizer-setting-not-for-type" })
    }

    /// Validates `yaml` without its `↓` marks and expects the findings of the rules `ids`
    /// exactly at the marks, one each; returns those findings.
    @discardableResult
    static func expectFindingsAtMarks(_ yaml: String, from ids: Set<String>) -> [Diagnostic] {
        let marked = MarkedText(yaml)
        let findings = Validator.check(Array(marked.text.utf8), path: "api.yaml").diagnostics
            .filter { ids.contains($0.id) }
        let positions = findings.map { MarkedText.Position(line: $0.location.line, column: $0.location.column) }
        #expect(positions.sorted() == marked.positions.sorted(), "\(findings.map { "\($0.id): \($0.message)" })")
        return findings
    }

    /// Each name an `auth:` value or API Gateway's OpenAPI export already means is reserved,
    /// however the routes use the authorizer; a name that only looks like one is not.
    @Test(arguments: ["none", "iam", "api_key"])
    func reservedNamesAreReported(_ name: String) {
        let findings = Self.expectFindingsAtMarks("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              check: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              ↓\(name): {type: lambda, function: check}
              \(name.uppercased()): {type: lambda, function: check}
            routes:
              GET /pets: {function: listPets, auth: \(name)}
              GET /owners: {function: listPets, auth: \(name.uppercased())}
            """, from: ["reserved-authorizer-name"])
        #expect(findings.allSatisfy { $0.message.hasPrefix("authorizer name '\(name)' is reserved: ") })
    }

    /// A `userPools` the decoder rejects is the decoder's finding alone.
    @Test func unreadableUserPoolsAreNotEmpty() {
        let result = Validator.check(Array("""
            apispec: 1
            name: pets
            protocol: rest
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              pool: {type: cognito, userPools: {first: arn}}
            routes:
              GET /pets: {function: listPets, auth: pool}
            """.utf8), path: "api.yaml")
        #expect(result.diagnostics.contains { $0.id == "wrong-type" })
        #expect(!result.diagnostics.contains { $0.id == "cognito-without-user-pools" })
    }
}
