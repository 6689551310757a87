import APISpecGateway
import Foundation
import Testing

/// REST APIs: payload 1.0 events under a stage, binary media types.
@Suite(.serialized)
struct RESTPayloadTests {
    static let spec = """
        apispec: 1
        name: rest
        protocol: rest
        binaryMediaTypes: [image/png]
        defaults:
          function: {runtime: python3.12, code: ., timeout: 5}
          auth: none
        functions:
          echo: {handler: handlers.echo}
        routes:
          GET /my/path: {function: echo}
          POST /images/{id}: {function: echo}
        stages:
          prod: {}
        """

    @Test func restEventMatchesAWSExampleUnderItsStage() async throws {
        let app = try TestApp(spec: Self.spec)
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        var pids: [String?] = []
        for _ in 0..<2 {
            let reply = try await served.request(
                .GET, "/prod/my/path?parameter1=value1&parameter1=value2&parameter2=value",
                headers: [("header1", "value1"), ("header2", "value1"), ("header2", "value2"), ("user-agent", "user-agent")],
                body: Array("Hello from Lambda!".utf8))
            #expect(reply.status == 200, "\(reply.text)\n\(served.log)")
            let event = try #require(reply.json)
            var documented = try JSONDecoder().decode(JSON.self, from: TestApp.documentedEvent("http-api-payload-1.0"))
            // The same documented event, on a REST stage named prod: its URL path starts with the stage.
            guard case .object(var top) = documented, case .object(var context)? = top["requestContext"] else {
                Issue.record("fixture is not an object")
                return
            }
            context["stage"] = "prod"
            context["path"] = "/prod/my/path"
            top["requestContext"] = .object(context)
            documented = .object(top)
            let comparison = EventComparison(
                masked: HTTPPayloadTests.masked.union(["requestContext.resourceId"]),
                optional: ["version", "requestContext.authorizer", "requestContext.identity.clientCert"])
            #expect(comparison.differences(event, documented) == [])
            #expect(event["version"] == nil, "REST events carry no version")
            pids.append(reply.header("x-pid"))
        }
        #expect(pids[0] == pids[1])
        #expect(await served.logLines(containing: "GET /prod/my/path 200 echo", count: 2).last?.hasSuffix(" warm") == true)
    }

    @Test func restKeepsHeaderCaseAndEncodesOnlyBinaryMediaTypes() async throws {
        let app = try TestApp(spec: Self.spec)
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let image = try #require(try await served.request(
            .POST, "/prod/images/7", headers: [("Content-Type", "image/png"), ("X-Custom", "yes")], body: [1, 2, 3]).json)
        #expect(image["isBase64Encoded"] == true)
        #expect(image["body"] == "AQID")
        #expect(image["headers"]?["X-Custom"] == "yes")
        #expect(image["pathParameters"] == ["id": "7"])
        #expect(image["resource"] == "/images/{id}")

        let text = try #require(try await served.request(
            .POST, "/prod/images/8", headers: [("Content-Type", "application/json")], body: Array(#"{"a":1}"#.utf8)).json)
        #expect(text["isBase64Encoded"] == false)
        #expect(text["body"] == #"{"a":1}"#)
    }
}
