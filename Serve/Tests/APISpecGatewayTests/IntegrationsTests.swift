import APISpecGateway
import Foundation
import Testing

/// CORS, mock and HTTP proxy integrations.
@Suite(.serialized)
struct IntegrationsTests {
    static let corsSpec = """
        apispec: 1
        name: browser
        protocol: http
        defaults:
          function: {runtime: python3.12, code: ., timeout: 5}
          auth: none
        functions:
          echo: {handler: handlers.echo}
        routes:
          GET /items: {function: echo}
        cors:
          allowOrigins: [https://app.example.com]
          allowMethods: [GET, POST]
          allowHeaders: [Authorization, Content-Type]
          exposeHeaders: [X-Request-Id]
          allowCredentials: true
          maxAge: 600
        """

    @Test func httpAPIAnswersPreflightsAndAddsCorsHeaders() async throws {
        let app = try TestApp(spec: Self.corsSpec)
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let preflight = try await served.request(.OPTIONS, "/anything", headers: [
            ("origin", "https://app.example.com"), ("access-control-request-method", "POST"),
        ])
        #expect(preflight.status == 204)
        #expect(preflight.header("access-control-allow-origin") == "https://app.example.com")
        #expect(preflight.header("access-control-allow-methods") == "GET,POST")
        #expect(preflight.header("access-control-allow-headers") == "Authorization,Content-Type")
        #expect(preflight.header("access-control-max-age") == "600")
        #expect(preflight.header("access-control-allow-credentials") == "true")

        let stranger = try await served.request(.OPTIONS, "/items", headers: [
            ("origin", "https://evil.example.com"), ("access-control-request-method", "GET"),
        ])
        #expect(stranger.status == 204)
        #expect(stranger.header("access-control-allow-origin") == nil)

        let actual = try await served.request(.GET, "/items", headers: [("origin", "https://app.example.com")])
        #expect(actual.status == 200)
        #expect(actual.header("access-control-allow-origin") == "https://app.example.com")
        #expect(actual.header("access-control-expose-headers") == "X-Request-Id")
    }

    static let restSpec = """
        apispec: 1
        name: legacy
        protocol: rest
        defaults:
          auth: none
        routes:
          GET /health:
            mock: {status: 200, headers: {X-Mocked: "yes"}, body: '{"ok":true}'}
        cors:
          allowOrigins: ["*"]
          allowMethods: [GET]
        stages:
          prod: {}
        """

    @Test func restMockAndPreflightOnlyForExistingPaths() async throws {
        let app = try TestApp(spec: Self.restSpec)
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let health = try await served.request(.GET, "/prod/health")
        #expect(health.status == 200)
        #expect(health.json == ["ok": true])
        #expect(health.header("x-mocked") == "yes")
        #expect(health.header("x-amzn-requestid") != nil)

        let preflight = try await served.request(.OPTIONS, "/prod/health", headers: [
            ("origin", "https://any.example.com"), ("access-control-request-method", "GET"),
        ])
        #expect(preflight.status == 200)
        #expect(preflight.header("access-control-allow-origin") == "*")
        let nowhere = try await served.request(.OPTIONS, "/prod/nowhere", headers: [
            ("origin", "https://any.example.com"), ("access-control-request-method", "GET"),
        ])
        #expect(nowhere.status == 403)
    }

    @Test func httpProxyForwardsPathQueryHeadersAndBody() async throws {
        let backendApp = try TestApp(spec: HTTPPayloadTests.spec, files: ["jwks.json": #"{"keys":[]}"#])
        defer { backendApp.remove() }
        let backend = try await ServedAPI.start(backendApp.specFile)
        defer { Task { await backend.stop() } }
        let proxySpec = """
            apispec: 1
            name: front
            protocol: http
            defaults:
              auth: none
            routes:
              ANY /legacy/{proxy+}: {http: 'http://127.0.0.1:\(backend.port)/upload/{proxy}'}
            """
        let app = try TestApp(spec: proxySpec)
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let reply = try await served.request(
            .POST, "/legacy/report?draft=1", headers: [("x-trace", "t-1"), ("content-type", "text/plain")],
            body: Array("hello backend".utf8))
        #expect(reply.status == 200, "\(reply.text)\n\(served.log)")
        let event = try #require(reply.json, "the backend's answer comes back: the event it received")
        #expect(event["rawPath"] == "/upload/report")
        #expect(event["rawQueryString"] == "draft=1")
        #expect(event["headers"]?["x-trace"] == "t-1")
        #expect(event["body"] == "hello backend")
    }
}
