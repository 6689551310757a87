import APISpecCore
import APISpecValidation
import Testing
@testable import APISpecEmit

/// A function's resources are made where they go (`MadeProperties`): written or counted as
/// they are made, or made into values for a template that is kept, as they still are when
/// they are overridden or hashed; written or counted, most are written from the text every
/// function shares (`FunctionPropertiesText`, `ExecutionRoleText`, `FunctionLogGroupText`).
/// All must be the same text, whatever the settings.
struct FunctionResourcesTests {
    @Test func functionsWrittenAndCountedAsMadeAreThoseKept() throws {
        let yaml = """
            apispec: 1
            name: made
            parameters:
              Env: {type: String, default: dev}
            defaults:
              function: {runtime: python3.12, code: src, memory: 256, timeout: 10}
            functions:
              plain: {handler: app.plain}
              everything:
                handler: app.everything
                description: 'a "quoted" \\ description'
                tracing: true
                logRetentionDays: 7
                ephemeralStorage: 1024
                reservedConcurrency: 3
                layers: ["arn:aws:lambda:us-east-1:123456789012:layer:deps:3", "${param:Env}"]
                tags: {team: pets, "odd \\"key\\"": "tab\\there"}
                environment: {TABLE: pets, ENV: "${param:Env}", "QUOTE": 'say "hi"'}
                policies:
                  - {effect: Allow, actions: [dynamodb:Query], resources: ["arn:aws:dynamodb:*:*:table/${param:Env}"]}
                  - {effect: Deny, actions: [dynamodb:DeleteTable], resources: ["*"]}
              traced:
                handler: app.traced
                code: 'src/"quoted"'
                tracing: true
                logRetentionDays: 30
                architecture: arm64
                environment: {TABLE: traced, "odd \\"name\\"": "a\\tb"}
                policies:
                  - {effect: Allow, actions: [s3:GetObject, s3:PutObject], resources: ["arn:aws:s3:::bucket/*"]}
              custom: {runtime: provided.al2}
              odd.name_v-2: {handler: app.odd}
              own-role: {handler: app.own, role: "arn:aws:iam::123456789012:role/existing"}
              warm: {handler: app.warm, provisionedConcurrency: 2}
              overridden: {handler: app.overridden, x-cloudformation: {MemorySize: 512, KmsKeyArn: key}}
            routes:
              GET /plain: {function: plain, auth: none}
              GET /everything: {function: everything, auth: none}
              GET /own: {function: own-role, auth: none}
              GET /traced: {function: traced, auth: none}
              GET /custom: {function: custom, auth: none}
              GET /odd: {function: odd.name_v-2, auth: none}
              GET /warm: {function: warm, auth: none}
              GET /overridden: {function: overridden, auth: none}
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "made.yaml").spec)
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        let whole = JSONWriter.write(template.json)
        #expect(template.resources.values.filter { $0.type == "AWS::Lambda::Function" }.count == 8)
        #expect(template.resources["OverriddenFunction"]?.properties["MemorySize"] == 512)
        #expect(whole.contains(#""Description": "a \"quoted\" \\ description""#))
        #expect(try CloudFormationEmitter.emit(spec, stage: nil) == whole)
        let measured = SharedWork().value(of: TemplateMeasurements.self, for: spec)
        #expect(measured.bytes == whole.utf8.count)
        #expect(measured.resources == template.resources.count)
    }
}
