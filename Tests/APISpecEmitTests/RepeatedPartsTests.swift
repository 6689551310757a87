import APISpecCore
import Testing
@testable import APISpecEmit

/// Emitters copy the text of a part of a route that repeats the last ones of its kind
/// (`RepeatedValues`): a route that differs from the one before it in one thing only must
/// still get its own text, the one the same document built as values has.
struct RepeatedPartsTests {
    /// Routes of one function, each differing from the one before it in one setting.
    static func spec(protocol apiProtocol: String) -> String {
        """
        apispec: 1
        name: parts
        protocol: \(apiProtocol)
        authorizers:
          users: {type: jwt, issuer: https://auth.example.com/, audience: [web]}
        defaults: {auth: users}
        functions:
          f: {runtime: python3.12, handler: app.f}
          g: {runtime: python3.12, handler: app.g}
        routes:
          GET /a/{id}: {function: f}
          PUT /a/{id}: {function: f, timeout: 5}
          PATCH /a/{id}: {function: f, timeout: 6}
          DELETE /a/{id}: {function: f, timeout: 5, scopes: [a/write]}
          GET /a/{id}/b: {function: f, scopes: [a/read]}
          POST /a/{id}/b: {function: f, scopes: [a/write]}
          GET /a/{id}/b/{bId}: {function: f, auth: none}
          PUT /a/{id}/b/{bId}: {function: f, auth: none, payloadVersion: "1.0"}
          DELETE /a/{id}/b/{bId}: {function: g, auth: none}
          GET /c/{cId}: {function: g}
          POST /c/{cId}: {function: g, payloadVersion: "1.0"}
          PUT /c/{cId}: {function: f, payloadVersion: "1.0"}
        cors:
          allowOrigins: [https://shop.example.com]
        """
            .replacingOccurrences(of: "payloadVersion: \"1.0\"", with: apiProtocol == "http" ? "payloadVersion: \"1.0\"" : "timeout: 7")
    }

    @Test(arguments: ["http", "rest"]) func eachRouteGetsItsOwnParts(_ apiProtocol: String) throws {
        let spec = try CloudFormationCase.load(yaml: Self.spec(protocol: apiProtocol))
        let (streamed, whole) = try StreamedTemplateTests.streamedAndWhole(spec)
        #expect(streamed == whole)
        let openAPI = try OpenAPIEmitter.emit(spec, stage: nil, awsExtensions: true)
        let builder = OpenAPIBuilder(spec: spec, stage: spec.implicitStageName, targets: StandaloneTargets(), awsExtensions: true)
        #expect(openAPI == JSONWriter.write(builder.build()))
        let local = try LocalConfigEmitter.emit(spec, stage: nil, root: "/app")
        let config = try LocalConfigEmitter.streamed(spec, stage: nil, root: "/app").whole
        #expect(local == LocalConfigEmitter.document(config).text)
    }
}
