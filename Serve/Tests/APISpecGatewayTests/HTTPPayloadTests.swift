import APISpecGateway
import Foundation
import Testing

/// HTTP API events and responses, through `apispec serve` and the real awslambdaric.
@Suite(.serialized)
struct HTTPPayloadTests {
    static let spec = """
        apispec: 1
        name: payloads
        protocol: http
        defaults:
          function: {runtime: python3.12, code: ., timeout: 5}
          auth: none
        functions:
          echo: {handler: handlers.echo}
          bare: {handler: handlers.bare}
          shaped: {handler: handlers.shaped}
          custom: {runtime: provided.al2023, handler: custom.handler}
        authorizers:
          users: {type: jwt, issuer: https://issuer.example.com, audience: [tests]}
        routes:
          $default: {function: echo, auth: users}
          GET /my/path: {function: echo, payloadVersion: "1.0"}
          GET /bare: {function: bare}
          GET /shaped: {function: shaped}
          POST /upload/{name}: {function: echo}
          GET /custom/{proxy+}: {function: custom}
        stages:
          $default:
            variables: {stageVariable1: value1, stageVariable2: value2}
        local:
          jwks: {users: jwks.json}
        """

    /// Ids, times and addresses differ run to run; everything else must be AWS's.
    static let masked: Set<String> = [
        "requestContext.apiId", "requestContext.requestId", "requestContext.extendedRequestId",
        "requestContext.domainName", "requestContext.domainPrefix", "requestContext.time",
        "requestContext.timeEpoch", "requestContext.requestTime", "requestContext.requestTimeEpoch",
        "requestContext.http.sourceIp", "requestContext.identity.sourceIp",
    ]

    @Test func payloadTwoEventMatchesAWSExampleAndTheProcessStaysWarm() async throws {
        let tokens = try await TestTokens()
        let app = try TestApp(spec: Self.spec, files: ["jwks.json": tokens.jwks])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        let token = try await tokens.token([
            "iss": "https://issuer.example.com", "aud": "tests", "claim1": "value1", "claim2": "value2",
            "scope": "scope1 scope2",
        ])
        var pids: [String] = []
        for _ in 0..<2 {
            let reply = try await served.request(
                .POST, "/my/path?parameter1=value1&parameter1=value2&parameter2=value",
                headers: [
                    ("header1", "value1"), ("header2", "value1"), ("header2", "value2"), ("cookie", "cookie1; cookie2"),
                    ("user-agent", "agent"), ("content-type", "text/plain"), ("authorization", "Bearer \(token)"),
                ],
                body: Array("Hello from Lambda".utf8))
            #expect(reply.status == 200, "\(reply.text)\n\(served.log)")
            let event = try #require(reply.json)
            let documented = try JSONDecoder().decode(JSON.self, from: TestApp.documentedEvent("http-api-payload-2.0"))
            let comparison = EventComparison(
                masked: Self.masked,
                open: ["headers", "requestContext.authorizer.jwt.claims"],
                optional: ["requestContext.authentication", "pathParameters"])
            #expect(comparison.differences(event, documented) == [])
            pids.append(try #require(reply.header("x-pid")))
        }
        #expect(pids[0] == pids[1], "the second call must reuse the warm process")
        await served.stop()
        let lines = await served.logLines(containing: "POST /my/path 200 echo", count: 2)
        #expect(lines.count == 2 && lines[0].hasSuffix(" cold") && lines[1].hasSuffix(" warm"))
    }

    @Test func payloadOneEventMatchesAWSExample() async throws {
        let app = try TestApp(spec: Self.spec, files: ["jwks.json": #"{"keys":[]}"#])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let reply = try await served.request(
            .GET, "/my/path?parameter1=value1&parameter1=value2&parameter2=value",
            headers: [("header1", "value1"), ("header2", "value1"), ("header2", "value2"), ("user-agent", "user-agent")],
            body: Array("Hello from Lambda!".utf8))
        #expect(reply.status == 200, "\(reply.text)\n\(served.log)")
        var event = try #require(reply.json)
        // This API has stage variables; AWS's 1.0 example comes from a stage without any.
        #expect(event["stageVariables"] == ["stageVariable1": "value1", "stageVariable2": "value2"])
        if case .object(var members) = event {
            members["stageVariables"] = nil
            event = .object(members)
        }
        let documented = try JSONDecoder().decode(JSON.self, from: TestApp.documentedEvent("http-api-payload-1.0"))
        let comparison = EventComparison(masked: Self.masked, optional: ["requestContext.identity.clientCert", "stageVariables"])
        #expect(comparison.differences(event, documented) == [])
    }

    @Test func bareJSONIsInferredAsA200JSONBody() async throws {
        let app = try TestApp(spec: Self.spec, files: ["jwks.json": #"{"keys":[]}"#])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let reply = try await served.request(.GET, "/bare")
        #expect(reply.status == 200)
        #expect(reply.header("content-type") == "application/json")
        #expect(reply.json?["hello"] == "world")
    }

    @Test func cookiesMultiValueHeadersAndBase64BodiesMapBack() async throws {
        let app = try TestApp(spec: Self.spec, files: ["jwks.json": #"{"keys":[]}"#])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let reply = try await served.request(.GET, "/shaped")
        #expect(reply.status == 201)
        #expect(reply.body == [0, 1, 2, 255])
        #expect(reply.header("x-single") == "one")
        #expect(reply.headers("set-cookie") == ["session=abc; HttpOnly", "theme=dark"])
    }

    @Test func binaryRequestBodiesArriveBase64EncodedWithPathParameters() async throws {
        let app = try TestApp(spec: Self.spec, files: ["jwks.json": #"{"keys":[]}"#])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let reply = try await served.request(
            .POST, "/upload/photo%20one", headers: [("content-type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47, 0xFF])
        let event = try #require(reply.json)
        #expect(event["isBase64Encoded"] == true)
        #expect(event["body"] == .string(Data([0x89, 0x50, 0x4E, 0x47, 0xFF]).base64EncodedString()))
        #expect(event["pathParameters"] == ["name": "photo one"])
        #expect(event["routeKey"] == "POST /upload/{name}")
    }

    @Test func providedRuntimeBootstrapRunsAndStaysWarm() async throws {
        let app = try TestApp(spec: Self.spec, files: ["jwks.json": #"{"keys":[]}"#])
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let first = try await served.request(.GET, "/custom/a/b")
        let second = try await served.request(.GET, "/custom/c")
        #expect(first.status == 200, "\(first.text)\n\(served.log)")
        #expect(first.json == [
            "handler": "custom.handler", "function": "custom",
            "arn": "arn:aws:lambda:us-east-1:123456789012:function:custom", "hasDeadline": true, "path": "/custom/a/b",
        ])
        #expect(first.header("x-pid") == second.header("x-pid"))
    }
}
