import APISpecCore
import APISpecTestSupport
import Testing

@testable import APISpecValidation

/// `token-pattern-without-token-header`, `simple-responses-require-payload-2` and
/// `cognito-without-user-pools` leave to other rules what those already report: each marked
/// place draws exactly one finding from these rules and the protocol rules beside them.
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
        let marked = MarkedText(yaml)
        let findings = Validator.check(Array(marked.text.utf8), path: "api.yaml").diagnostics
            .filter { Self.ids.contains($0.id) }
        let positions = findings.map { MarkedText.Position(line: $0.location.line, column: $0.location.column) }
        #expect(positions.sorted() == marked.positions.sorted(), "\(findings.map { "\($0.id): \($0.message)" })")
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
