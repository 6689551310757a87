import APISpecCore
import APISpecValidation
import Testing
@testable import APISpecEmit

/// Behaviour the golden files show but do not explain: what changes when the spec changes.
struct CloudFormationEmitterTests {
    static let restSpec = """
        apispec: 1
        name: shop
        protocol: rest
        defaults:
          function: {runtime: python3.12, handler: app.handler, memory: 256}
          auth: iam
        functions:
          orders: {provisionedConcurrency: 2}
        routes:
          GET /orders: {function: orders}
        stages:
          dev: {variables: {level: debug}}
          prod: {logging: info}
        usagePlans:
          basic: {quota: {limit: 10, period: DAY}}
        apiKeys:
          partner: {usagePlans: [basic]}
        domains:
          dev.shop.example.com: {certificate: "arn:aws:acm:us-east-1:123456789012:certificate/a", mappings: {/: dev}}
          shop.example.com: {certificate: "arn:aws:acm:us-east-1:123456789012:certificate/b", mappings: {/: prod}}
        """

    static func template(_ yaml: String, stage: String? = nil) throws -> Template {
        try CloudFormationEmitter.template(CloudFormationCase.load(yaml: yaml), stage: stage)
    }

    static func ids(_ template: Template, ofType type: String) -> [String] {
        template.resources.filter { $0.value.type == type }.map(\.key)
    }

    @Test func anUnknownStageIsAUsageError() throws {
        let spec = try CloudFormationCase.load(yaml: Self.restSpec)
        #expect(throws: CloudFormationEmitError.unknownStage("qa", known: ["dev", "prod"])) {
            try CloudFormationEmitter.emit(spec, stage: "qa")
        }
        #expect(CloudFormationEmitError.unknownStage("qa", known: ["dev", "prod"]).description
            == "unknown stage 'qa'; the spec's stages are: dev, prod")
    }

    @Test func oneStageCarriesOnlyWhatThatStageUses() throws {
        let template = try Self.template(Self.restSpec, stage: "dev")
        #expect(Self.ids(template, ofType: "AWS::ApiGateway::Stage") == ["DevStage"])
        #expect(Self.ids(template, ofType: "AWS::ApiGateway::DomainName") == ["DevShopExampleComDomain"])
        let plan = try #require(template.resources["BasicUsagePlan"])
        #expect(plan.properties["ApiStages"] == [["ApiId": ["Ref": "Api"], "Stage": ["Ref": "DevStage"]]])
        #expect(template.outputs.keys.contains("DevStageUrl") && !template.outputs.keys.contains("ProdStageUrl"))
        // Only the logging stage needs the account's CloudWatch role.
        #expect(Self.ids(template, ofType: "AWS::ApiGateway::Account").isEmpty)
    }

    @Test func restAPIsDeployExactlyTheDeclaredStages() throws {
        let template = try Self.template(Self.restSpec)
        #expect(Self.ids(template, ofType: "AWS::ApiGateway::Stage") == ["DevStage", "ProdStage"])
        let deployments = Self.ids(template, ofType: "AWS::ApiGateway::Deployment")
        #expect(deployments.count == 1)
        #expect(template.resources[deployments[0]]?.properties["StageName"] == nil)
    }

    @Test func aRESTDeploymentIsReplacedExactlyWhenTheAPIChanges() throws {
        let deployment = { (yaml: String) in try Self.ids(Self.template(yaml), ofType: "AWS::ApiGateway::Deployment") }
        let original = try deployment(Self.restSpec)
        let newRoute = Self.restSpec.replacing("  GET /orders: {function: orders}", with: """
              GET /orders: {function: orders}
              POST /orders: {function: orders}
            """)
        let newVariable = Self.restSpec.replacing("level: debug", with: "level: info")
        #expect(try deployment(newRoute) != original)
        #expect(try deployment(newVariable) == original)
    }

    @Test func aWebSocketDeploymentIsReplacedWhenItsRoutesChange() throws {
        let yaml = """
            apispec: 1
            name: chat
            protocol: websocket
            functions:
              on: {runtime: python3.12, handler: app.handler}
            routes:
              $connect: {function: on, auth: none}
              $default: {function: on}
            """
        let deployment = { (yaml: String) in try Self.ids(Self.template(yaml), ofType: "AWS::ApiGatewayV2::Deployment") }
        let original = try deployment(yaml)
        #expect(original.count == 1)
        #expect(try deployment(yaml.replacing("$default: {function: on}", with: "$default: {function: on, timeout: 5}")) != original)
        #expect(try deployment(yaml.replacing("name: chat", with: "name: chat\ndescription: Chat")) == original)
    }

    @Test func provisionedConcurrencyServesThroughANewVersionWhenTheFunctionChanges() throws {
        let template = try Self.template(Self.restSpec)
        let versions = Self.ids(template, ofType: "AWS::Lambda::Version")
        #expect(versions.count == 1)
        let alias = try #require(template.resources["OrdersAlias"])
        #expect(alias.properties["FunctionVersion"] == ["Fn::GetAtt": [.string(versions[0]), "Version"]])
        #expect(alias.properties["ProvisionedConcurrencyConfig"] == ["ProvisionedConcurrentExecutions": 2])
        let permission = try #require(template.resources["OrdersGetOrdersPermission"])
        #expect(permission.properties["FunctionName"] == ["Ref": "OrdersAlias"])

        let bigger = try Self.template(Self.restSpec.replacing("memory: 256", with: "memory: 512"))
        #expect(Self.ids(bigger, ofType: "AWS::Lambda::Version") != versions)
    }

    @Test func loggingStagesWaitForTheAccountsCloudWatchRole() throws {
        let template = try Self.template(Self.restSpec)
        let account = try #require(template.resources["ApiGatewayAccount"])
        #expect(account.retain)
        #expect(template.resources["ProdStage"]?.dependsOn == ["ApiGatewayAccount"])
        #expect(template.resources["DevStage"]?.dependsOn == [])
    }

    @Test func httpAccessLogsNeedNoAccountRole() throws {
        let template = try Self.template("""
            apispec: 1
            name: hello
            functions:
              hello: {runtime: python3.12, handler: app.handler}
            routes:
              GET /: {function: hello, auth: none}
            stages:
              live: {accessLog: {format: json}}
            """)
        #expect(Self.ids(template, ofType: "AWS::ApiGateway::Account").isEmpty)
        #expect(Self.ids(template, ofType: "AWS::Logs::LogGroup") == ["LiveAccessLogGroup", "HelloLogGroup"])
    }

    @Test func codeParametersOnlyWhenThereAreFunctions() throws {
        let template = try Self.template("""
            apispec: 1
            name: mocks
            protocol: rest
            routes:
              GET /health: {mock: {status: 200}, auth: none}
            """)
        #expect(template.parameters.isEmpty)
        #expect(Self.ids(template, ofType: "AWS::ApiGateway::Stage") == ["ProdStage"])
    }

    /// The limit rules build templates for specs the decoder found errors in: the emitter
    /// skips what is broken instead of failing.
    @Test func brokenEntitiesAreLeftOut() throws {
        var spec = try CloudFormationCase.load(yaml: Self.restSpec)
        spec.broken = ["functions.orders", "routes.GET /orders"]
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        #expect(Self.ids(template, ofType: "AWS::Lambda::Function").isEmpty)
        #expect(Self.ids(template, ofType: "AWS::Lambda::Permission").isEmpty)
    }

    @Test func xCloudFormationOverridesResourceProperties() throws {
        let template = try Self.template("""
            apispec: 1
            name: hello
            x-cloudformation: {DisableExecuteApiEndpoint: true}
            parameters:
              Secret: {type: String, x-cloudformation: {NoEcho: true}}
            functions:
              hello:
                runtime: python3.12
                handler: app.handler
                environment: {SECRET: "${param:Secret}"}
                x-cloudformation: {MemorySize: 1769, KmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/k"}
            routes:
              GET /: {function: hello, auth: none}
            """)
        let function = try #require(template.resources["HelloFunction"])
        #expect(function.properties["MemorySize"] == 1769)
        #expect(function.properties["KmsKeyArn"] == "arn:aws:kms:us-east-1:123456789012:key/k")
        #expect(template.parameters["Secret"]?["NoEcho"] == true)
        let api = try #require(template.resources["Api"])
        #expect(api.properties["DisableExecuteApiEndpoint"] == true)
        #expect(api.properties["Body"]?["x-cloudformation"] == nil)
    }

    /// A function's resource policy holds about fifty statements: past the limit, one
    /// permission covers the whole API instead of one per route.
    @Test func aFunctionBehindManyRoutesGetsOnePermissionForTheAPI() throws {
        func permissions(routes: Int) throws -> [Resource] {
            let routeLines = (1...routes).map { "  GET /r\($0): {function: app}" }.joined(separator: "\n")
            let template = try Self.template("""
                apispec: 1
                name: lambdalith
                defaults: {auth: iam}
                functions:
                  app: {runtime: python3.12, handler: app.handler}
                routes:
                \(routeLines)
                """)
            return template.resources.values.filter { $0.type == "AWS::Lambda::Permission" }
        }
        #expect(try permissions(routes: InvokePermissions.maximumRoutePermissions).count == InvokePermissions.maximumRoutePermissions)
        let folded = try permissions(routes: InvokePermissions.maximumRoutePermissions + 1)
        #expect(folded.count == 1)
        #expect(folded.first?.properties["SourceArn"]
            == ["Fn::Sub": "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/*"])
    }
}
