import APISpecCore
import APISpecRunConfig
import APISpecTestSupport
import Foundation
import Testing

@testable import APISpecEmit

/// `apispec emit --local`: spec YAML -> Frontend -> run config.
struct LocalConfigEmitterTests {
    static func spec(_ yaml: String) throws -> Spec {
        let result = Frontend.load(Array(yaml.utf8), path: "api.yaml")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        return try #require(result.spec)
    }

    static let functions = """
        apispec: 1
        name: shop
        protocol: http
        parameters:
          Env: {type: String, default: dev}
        defaults:
          function: {runtime: python3.12, code: src, memory: 256, timeout: 10}
          auth: none
        functions:
          list:
            handler: shop.list
            environment: {TABLE: "items-${param:Env}", LEVEL: "${stage:LOG_LEVEL}", AWS_REGION: eu-west-1}
            reservedConcurrency: 3
          native: {runtime: provided.al2023, code: bin/native, handler: native}
          node: {runtime: nodejs20.x, handler: index.handler}
          custom: {handler: shop.custom}
        routes:
          GET /items: {function: list, timeout: 5}
          GET /native: {function: native, payloadVersion: "1.0"}
          GET /node: {function: node}
          GET /custom: {function: custom}
        stages:
          dev: {variables: {LOG_LEVEL: debug}}
          prod: {variables: {LOG_LEVEL: warn}}
        local:
          stage: prod
          port: 4000
          functions:
            custom: {command: [./run.sh, --fast]}
        """

    @Test func functionsGetTheirCommandDirectoryAndLambdaEnvironment() throws {
        let config = try LocalConfigEmitter.runConfig(try Self.spec(Self.functions), stage: nil, root: "/srv/shop")
        #expect(config.stage.name == "prod", "local.stage picks the stage")
        #expect(config.server == RunConfig.Server(host: "127.0.0.1", port: 4000))
        let list = try #require(config.functions["list"])
        #expect(list.command == ["python3", "-m", "awslambdaric", "shop.list"])
        #expect(list.workingDirectory == "/srv/shop/src")
        #expect(list.timeout == 10 && list.memory == 256 && list.concurrency == 3)
        #expect(list.environment["TABLE"] == "items-dev", "parameters take their default")
        #expect(list.environment["LEVEL"] == "warn", "stage variables of the served stage")
        #expect(list.environment["AWS_REGION"] == "us-east-1", "reserved variables win, as on Lambda")
        #expect(list.environment["AWS_LAMBDA_FUNCTION_NAME"] == "list")
        #expect(list.environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] == "256")
        #expect(list.environment["AWS_LAMBDA_FUNCTION_VERSION"] == "$LATEST")
        #expect(list.environment["_HANDLER"] == "shop.list")
        #expect(list.environment["LAMBDA_TASK_ROOT"] == "/srv/shop/src")
        #expect(list.environment["AWS_EXECUTION_ENV"] == "AWS_Lambda_python3.12")

        #expect(config.functions["native"]?.command == ["/srv/shop/bin/native/bootstrap"])
        #expect(config.functions["node"]?.command == nil, "no local command is known for Node.js")
        #expect(config.functions["custom"]?.command == ["./run.sh", "--fast"], "local.functions overrides")
        #expect(config.functions["list"]?.concurrency == 3)
        #expect(config.functions["native"]?.concurrency == LocalConfigEmitter.defaultConcurrency)
    }

    /// A spec's relative paths start at its directory, made absolute and without `.` or `..`,
    /// as Foundation's `URL` standardizes a file path; stdin's is the working directory.
    @Test func aSpecsDirectoryIsAbsoluteAndPlain() {
        let current = FileManager.default.currentDirectoryPath
        let parent = URL(fileURLWithPath: current).deletingLastPathComponent().path
        #expect(LocalConfigEmitter.directory(ofSpec: "/srv/api/spec.yaml") == "/srv/api")
        #expect(LocalConfigEmitter.directory(ofSpec: "/srv/./api//x/../spec.yaml") == "/srv/api")
        #expect(LocalConfigEmitter.directory(ofSpec: "/spec.yaml") == "/")
        #expect(LocalConfigEmitter.directory(ofSpec: "spec.yaml") == current)
        #expect(LocalConfigEmitter.directory(ofSpec: "./specs/spec.yaml") == current + "/specs")
        #expect(LocalConfigEmitter.directory(ofSpec: "../spec.yaml") == parent)
        #expect(LocalConfigEmitter.directory(ofSpec: "-") == current)
    }

    @Test func routesCarryTheirIntegrationAuthAndTimeout() throws {
        let config = try LocalConfigEmitter.runConfig(try Self.spec(Self.functions), stage: "dev", root: "/srv/shop")
        #expect(config.stage == RunConfig.Stage(name: "dev", variables: ["LOG_LEVEL": "debug"]))
        #expect(config.routes.map(\.key) == ["GET /items", "GET /native", "GET /node", "GET /custom"])
        #expect(config.routes[0].integration == .function(name: "list", payloadVersion: "2.0"))
        #expect(config.routes[0].timeoutMilliseconds == 5000)
        #expect(config.routes[1].integration == .function(name: "native", payloadVersion: "1.0"))
        #expect(config.routes[2].timeoutMilliseconds == 30_000, "HTTP APIs wait 30 s by default")
        #expect(config.routes.allSatisfy { $0.auth == "none" })
    }

    @Test func anUnknownStageIsRefused() throws {
        #expect(throws: LocalEmitError.unknownStage("qa", known: ["dev", "prod"])) {
            try LocalConfigEmitter.runConfig(try Self.spec(Self.functions), stage: "qa", root: ".")
        }
    }

    static let security = """
        apispec: 1
        name: secure
        protocol: rest
        defaults:
          function: {runtime: python3.12}
        functions:
          decide: {handler: auth.decide}
          work: {handler: work.go}
        authorizers:
          token: {type: lambda, function: decide, tokenHeader: X-Token, tokenPattern: '^t-', resultTtl: 60}
          request: {type: lambda, function: decide, identitySource: [method.request.header.X-Key]}
          pool:
            type: cognito
            userPools: [arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc, arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Def]
        routes:
          GET /a: {function: work, auth: token}
          GET /b: {function: work, auth: request, apiKeyRequired: true}
          GET /c: {function: work, auth: pool, scopes: [shop/read]}
          GET /d: {function: work, auth: iam}
          GET /health: {mock: {status: 200, body: '{"ok":true}'}, auth: none}
          ANY /legacy/{proxy+}: {http: 'https://legacy.example.com/{proxy}', auth: none}
        cors:
          allowOrigins: [https://app.example.com]
          allowMethods: [GET]
        local:
          jwks: {pool: keys/pool.json}
          apiKeys: {partner: local-key}
        """

    @Test func authorizersCorsAndOtherIntegrationsAreResolved() throws {
        let config = try LocalConfigEmitter.runConfig(try Self.spec(Self.security), stage: nil, root: "/srv/secure")
        #expect(config.stage.name == "prod", "REST APIs without stages get prod")
        let token = try #require(config.authorizers["token"])
        #expect(token.type == .lambda && token.token && token.tokenPattern == "^t-" && token.resultTtl == 60)
        #expect(token.identitySource == ["$request.header.X-Token"])
        let request = try #require(config.authorizers["request"])
        #expect(!request.token && request.resultTtl == 300, "REST caches for 300 s unless told")
        let pool = try #require(config.authorizers["pool"])
        #expect(pool.type == .jwt)
        #expect(pool.issuers == ["https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Def"],
                "a REST authorizer accepts the tokens of each of its pools")
        #expect(pool.jwks == "/srv/secure/keys/pool.json")
        #expect(config.apiKeys == ["partner": "local-key"])
        #expect(config.routes[1].apiKeyRequired)
        #expect(config.routes[2].scopes == ["shop/read"])
        #expect(config.routes[3].auth == "iam")
        #expect(config.routes[4].integration == .mock(status: 200, headers: [:], body: #"{"ok":true}"#))
        #expect(config.routes[5].integration == .http(url: "https://legacy.example.com/{proxy}", method: nil))
        #expect(config.cors == RunConfig.Cors(allowOrigins: ["https://app.example.com"], allowMethods: ["GET"]))
    }

    /// API Gateway's defaults when `resultTtl` is not given: REST caches a Lambda authorizer's
    /// decision for 300 s, HTTP APIs cache nothing, and WebSocket APIs have no authorizer cache.
    @Test(arguments: [("rest", "GET /a", 300), ("http", "GET /a", 0), ("websocket", "$connect", 0)])
    func lambdaAuthorizersCacheForTheirProtocolsDefaultTime(_ apiProtocol: String, _ route: String, _ ttl: Int) throws {
        let yaml = """
            apispec: 1
            name: cache
            protocol: \(apiProtocol)
            functions:
              decide: {runtime: python3.12, handler: auth.decide}
              work: {runtime: python3.12, handler: work.go}
            authorizers:
              gate: {type: lambda, function: decide}
            routes:
              \(route): {function: work, auth: gate}
            """
        let config = try LocalConfigEmitter.runConfig(try Self.spec(yaml), stage: nil, root: "/srv/cache")
        #expect(try #require(config.authorizers["gate"]).resultTtl == ttl, "\(apiProtocol)")
    }

    /// Authorizer settings get `${param:X}` substituted like every other local value.
    static let parameterizedAuth = """
        apispec: 1
        name: staff
        protocol: http
        parameters:
          PoolArn: {type: String, default: "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc"}
          ClientId: {type: String, default: console-client}
          Domain: {type: String, default: auth.example.com}
          OtherPoolArn: {type: String}
          OtherClientId: {type: String}
          NotAnArn: {type: String, default: staff-pool}
        functions:
          work: {runtime: python3.12, handler: work.go}
        authorizers:
          pool: {type: cognito, userPools: ["${param:PoolArn}"], audience: ["${param:ClientId}", web]}
          users: {type: jwt, issuer: "https://${param:Domain}/", audience: ["${param:ClientId}"]}
          other: {type: cognito, userPools: ["${param:OtherPoolArn}"], audience: ["${param:OtherClientId}", web]}
          odd: {type: cognito, userPools: ["${param:NotAnArn}"], audience: [web]}
        routes:
          GET /a: {function: work, auth: pool}
          GET /b: {function: work, auth: users}
          GET /c: {function: work, auth: other}
          GET /d: {function: work, auth: odd}
        """

    @Test func authorizerSettingsTakeParameterDefaults() throws {
        let config = try LocalConfigEmitter.runConfig(try Self.spec(Self.parameterizedAuth), stage: nil, root: "/srv")
        let pool = try #require(config.authorizers["pool"])
        #expect(pool.issuers == ["https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc"], "the pool's default ARN")
        #expect(pool.audience == ["console-client", "web"])
        let users = try #require(config.authorizers["users"])
        #expect(users.issuers == ["https://auth.example.com/"])
        #expect(users.audience == ["console-client"])
    }

    /// A value with no local value keeps its reference, which no token carries: the gateway
    /// rejects every token rather than checking less (an issuer of nil would accept any).
    @Test func anAuthorizerSettingWithoutALocalValueStaysAsWritten() throws {
        let config = try LocalConfigEmitter.runConfig(try Self.spec(Self.parameterizedAuth), stage: nil, root: "/srv")
        let other = try #require(config.authorizers["other"])
        #expect(other.issuers == ["${param:OtherPoolArn}"])
        #expect(other.audience == ["${param:OtherClientId}", "web"])
        #expect(try #require(config.authorizers["odd"]).issuers == ["staff-pool"], "not an ARN: no issuer can match")
    }

    @Test func theLegacyProxysStaffPoolIsNeverAnyIssuer() throws {
        let file = PackagePaths.specs.appendingPathComponent("http-legacy-proxy.yaml")
        let spec = try #require(Frontend.load(Array(try Data(contentsOf: file)), path: file.path).spec)
        let config = try LocalConfigEmitter.runConfig(spec, stage: nil, root: PackagePaths.specs.path)
        let staff = try #require(config.authorizers["staff"])
        #expect(staff.type == .jwt)
        #expect(staff.issuers == ["${param:StaffPoolArn}"], "StaffPoolArn has no default")
        #expect(staff.audience == ["${param:StaffClientId}"])
        #expect(config.routes.first { $0.key == "ANY /orders/{proxy+}" }?.integration
            == .http(url: "https://orders.legacy.example.com/api/orders/{proxy}", method: nil), "LegacyHost's default")
    }

    @Test func theDocumentIsDeterministicAndDecodesBackToTheSameConfig() throws {
        let spec = try Self.spec(Self.security)
        let first = try LocalConfigEmitter.emit(spec, stage: nil, root: "/srv/secure")
        let second = try LocalConfigEmitter.emit(spec, stage: nil, root: "/srv/secure")
        #expect(first == second)
        #expect(first.contains(#""AWS_LAMBDA_FUNCTION_NAME": "decide""#))
    }

    /// Authorizers of the two kinds that need no settings, beside the others.
    static let everyAuthorizerKind = """
        apispec: 1
        name: kinds
        protocol: rest
        functions:
          work: {runtime: python3.12, handler: work.go}
        authorizers:
          signed: {type: iam}
          keyed: {type: apiKey}
          users: {type: jwt, issuer: https://issuer.example.com, audience: [app]}
        routes:
          GET /a: {function: work, auth: users}
          GET /b: {mock: {status: 204, headers: {X-Mock: "yes"}}, auth: none}
          POST /c: {http: {url: 'https://backend.example.com/c', method: PUT}, auth: iam}
        """

    /// The gateway reads the text back with the run config's `Decodable` conformances: every
    /// member the writer writes must come back as it was, whatever the spec holds.
    @Test func everyRunConfigDecodesBackToTheSameConfig() throws {
        var specs = try [Self.security, Self.functions, Self.everyAuthorizerKind].map(Self.spec)
        for name in Self.exampleSpecs {
            let file = PackagePaths.specs.appendingPathComponent(name)
            specs.append(try #require(Frontend.load(Array(try Data(contentsOf: file)), path: file.path).spec))
        }
        var kinds = Set<RunConfig.Authorizer.Kind>()
        for spec in specs {
            let config = try LocalConfigEmitter.runConfig(spec, stage: nil, root: "/srv/api")
            let text = LocalConfigEmitter.document(config).text
            #expect(try JSONDecoder().decode(RunConfig.self, from: Data(text.utf8)) == config, "\(spec.name)")
            kinds.formUnion(config.authorizers.entries.map(\.value.type))
        }
        #expect(kinds == [.jwt, .lambda, .iam, .apiKey])
    }

    /// A run config of an older format is refused by its version, saying how to get a new one.
    @Test func aRunConfigOfAnotherVersionIsRefusedByItsVersion() throws {
        let config = try LocalConfigEmitter.runConfig(try Self.spec(Self.security), stage: nil, root: "/srv/api")
        let text = LocalConfigEmitter.document(config).text
        let older = text.replacingOccurrences(of: "\"runConfigVersion\": \(RunConfig.currentVersion)", with: "\"runConfigVersion\": 1")
        #expect(older != text)
        do {
            _ = try JSONDecoder().decode(RunConfig.self, from: Data(older.utf8))
            Issue.record("a version 1 run config was decoded")
        } catch {
            #expect("\(error)".contains("run config version 1 is not this apispec's (2); write it again with `apispec emit --local`"), "\(error)")
        }
    }

    static let exampleSpecs = (try? PackagePaths.specFiles().map(\.lastPathComponent)) ?? []

    /// Every example spec's run config is valid against `Schemas/runconfig.schema.json`
    /// according to a real JSON Schema validator.
    @Test(arguments: exampleSpecs) func exampleRunConfigConformsToTheSchema(_ name: String) throws {
        let file = PackagePaths.specs.appendingPathComponent(name)
        let result = Frontend.load(Array(try Data(contentsOf: file)), path: file.path)
        let spec = try #require(result.spec, "\(result.diagnostics)")
        let document = try LocalConfigEmitter.emit(spec, stage: nil, root: PackagePaths.specs.path)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("runconfig-\(UUID().uuidString).json")
        try document.write(to: output, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: output) }
        let schema = PackagePaths.root.appendingPathComponent("Schemas/runconfig.schema.json")
        let check = try OutsideTool.run("check-jsonschema", ["--schemafile", schema.path, output.path])
        #expect(check.exitCode == 0, "\(name): \(check.output)")
    }

    /// `emit --local` makes each route and function only as it writes it: its text is the
    /// whole run config's, written member for member in the same order.
    @Test(arguments: exampleSpecs) func theStreamedDocumentIsTheWholeConfigsText(_ name: String) throws {
        let file = PackagePaths.specs.appendingPathComponent(name)
        let spec = try #require(Frontend.load(Array(try Data(contentsOf: file)), path: file.path).spec)
        let streamed = try LocalConfigEmitter.emit(spec, stage: nil, root: PackagePaths.specs.path)
        let config = try LocalConfigEmitter.runConfig(spec, stage: nil, root: PackagePaths.specs.path)
        #expect(!config.routes.isEmpty && !config.functions.isEmpty)
        #expect(streamed == LocalConfigEmitter.document(config).text)
    }

    @Test func theRunConfigSchemaIsAValidJSONSchema() throws {
        let schema = PackagePaths.root.appendingPathComponent("Schemas/runconfig.schema.json")
        let check = try OutsideTool.run("check-jsonschema", ["--check-metaschema", schema.path])
        #expect(check.exitCode == 0, "\(check.output)")
    }
}
