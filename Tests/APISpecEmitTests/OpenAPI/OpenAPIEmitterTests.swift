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

    /// Ids are claimed in the routes' order, not in the paths' (which group a later route
    /// with the first on its path): `POST /a-b` claims `postAB` before `POST /a/b`, though
    /// `/a/b` is written first. A REST API's CORS preflights claim theirs after every route.
    @Test(arguments: ["http", "rest"])
    func operationIdsAreClaimedInRouteOrder(_ apiProtocol: String) throws {
        let spec = try OpenAPIGoldenCase.load(yaml: """
            apispec: 1
            name: ids
            protocol: \(apiProtocol)
            routes:
              GET /a/b: {mock: {status: 200}, auth: none}
              POST /a-b: {mock: {status: 200}, auth: none}
              POST /a/b: {mock: {status: 200}, auth: none}
              OPTIONS /a_b: {mock: {status: 200}, auth: none}
            cors: {allowOrigins: ["https://app.example.com"]}
            """)
        let document = OpenAPIBuilder(
            spec: spec, stage: try OpenAPIEmitter.chooseStage(spec, requested: nil), targets: StandaloneTargets(),
            awsExtensions: true
        ).build()
        let paths = document["paths"]
        #expect(paths?["/a/b"]?["get"]?["operationId"] == "getAB")
        #expect(paths?["/a-b"]?["post"]?["operationId"] == "postAB")
        #expect(paths?["/a/b"]?["post"]?["operationId"] == "postAB2")
        #expect(paths?["/a_b"]?["options"]?["operationId"] == "optionsAB")
        if apiProtocol == "rest" {
            #expect(paths?["/a/b"]?["options"]?["operationId"] == "optionsAB2")
            #expect(paths?["/a-b"]?["options"]?["operationId"] == "optionsAB3")
        }
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
