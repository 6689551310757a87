import APISpecCore
import APISpecTestSupport
import Foundation
import Testing
@testable import APISpecEmit

struct OpenAPIEmitterTests {
    @Test func refusesWebSocketAPIs() throws {
        let spec = try OpenAPIGoldenCase.load(PackagePaths.specs.appendingPathComponent("websocket-chat.yaml"))
        #expect(throws: OpenAPIEmitError.websocketProtocol) {
            try OpenAPIEmitter.emit(spec, stage: nil, awsExtensions: true)
        }
        #expect(OpenAPIEmitError.websocketProtocol.description.contains("emit --cloudformation"))
    }

    @Test func refusesAnUnknownStageNamingTheKnownOnes() throws {
        let spec = try OpenAPIGoldenCase.load(yaml: Self.stagedSpec(local: nil))
        #expect(throws: OpenAPIEmitError.unknownStage("qa", known: ["dev", "prod"])) {
            try OpenAPIEmitter.emit(spec, stage: "qa", awsExtensions: true)
        }
    }

    @Test func stageComesFromFlagThenLocalThenFirstDeclared() throws {
        let declared = try OpenAPIGoldenCase.load(yaml: Self.stagedSpec(local: nil))
        let local = try OpenAPIGoldenCase.load(yaml: Self.stagedSpec(local: "prod"))
        #expect(try OpenAPIEmitter.chooseStage(declared, requested: nil) == "dev")
        #expect(try OpenAPIEmitter.chooseStage(local, requested: nil) == "prod")
        #expect(try OpenAPIEmitter.chooseStage(local, requested: "dev") == "dev")
    }

    @Test func implicitStageServesHTTPAPIsAtTheRootAndRESTAPIsUnderProd() throws {
        for (api, url) in [("http", "https://{apiId}.execute-api.{region}.amazonaws.com"),
                           ("rest", "https://{apiId}.execute-api.{region}.amazonaws.com/prod")] {
            let spec = try OpenAPIGoldenCase.load(yaml: """
                apispec: 1
                name: tiny
                protocol: \(api)
                routes:
                  GET /ping: {mock: {status: 200}, auth: none}
                """)
            let document = OpenAPIBuilder(
                spec: spec, stage: try OpenAPIEmitter.chooseStage(spec, requested: nil),
                targets: StandaloneTargets(), awsExtensions: true
            ).build()
            #expect(document["servers"] == [["url": .string(url), "variables": Self.serverVariables]])
        }
    }

    @Test func publicRouteThatNeedsAnAPIKeyRequiresOnlyTheKey() throws {
        let spec = try OpenAPIGoldenCase.load(yaml: """
            apispec: 1
            name: keys
            protocol: rest
            routes:
              GET /open: {mock: {status: 200}, auth: none}
              GET /keyed: {mock: {status: 200}, auth: none, apiKeyRequired: true}
            """)
        let document = OpenAPIBuilder(spec: spec, stage: "prod", targets: StandaloneTargets(), awsExtensions: true).build()
        #expect(document["paths"]?["/open"]?["get"]?["security"] == [])
        #expect(document["paths"]?["/keyed"]?["get"]?["security"] == [["api_key": []]])
        #expect(document["x-amazon-apigateway-api-key-source"] == "HEADER")
    }

    private static let serverVariables: JSONValue = [
        "apiId": ["default": "example", "description": "The id API Gateway gives the API"],
        "region": ["default": "us-east-1", "description": "The AWS Region the API is deployed in"],
    ]

    private static func stagedSpec(local: String?) -> String {
        """
        apispec: 1
        name: staged
        protocol: rest
        routes:
          GET /ping: {mock: {status: 200}, auth: none}
        stages:
          dev: {}
          prod: {}
        \(local.map { "local: {stage: \($0)}" } ?? "")
        """
    }
}
