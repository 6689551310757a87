import APISpecCore
import APISpecValidation
import Testing
@testable import APISpecEmit

/// `emit` keeps the template but for the OpenAPI body's paths, made while it is written:
/// the text must be that of the template built whole, and its measurement that of the text.
struct StreamedTemplateTests {
    static func streamedAndWhole(_ spec: Spec) -> (streamed: JSONDocument, whole: String) {
        let streamed = CloudFormationEmitter.document(spec, stages: spec.effectiveStages)
        return (streamed, JSONWriter.write(CloudFormationEmitter.build(spec, stages: spec.effectiveStages).json))
    }

    @Test func everyGoldenTemplateStreamsAsItIsWritten() throws {
        for golden in CloudFormationCase.all {
            let (streamed, whole) = Self.streamedAndWhole(try golden.load())
            #expect(streamed.text == whole, "\(golden.name)")
            #expect(streamed.byteCount(upTo: .max) == whole.utf8.count, "\(golden.name)")
        }
    }

    /// HTTP APIs stream their paths; a REST API's deployment id hashes its body, which is then
    /// made whole; a body `x-cloudformation` replaces has no paths to make.
    @Test(arguments: ["http", "rest"]) func aReplacedBodyIsWrittenAndMeasuredAsGiven(protocol name: String) throws {
        let yaml = """
            apispec: 1
            name: replaced
            protocol: \(name)
            x-cloudformation: {Body: {openapi: 3.0.1, info: {title: mine}, paths: {/mine: {get: {}}}}}
            functions:
              hello: {runtime: python3.12, handler: app.handler}
            routes:
              GET /hello: {function: hello, auth: none}
            """
        let spec = try CloudFormationCase.load(yaml: yaml)
        let (streamed, whole) = Self.streamedAndWhole(spec)
        #expect(streamed.filling == nil)
        #expect(streamed.text == whole)
        #expect(!whole.contains("\"/hello\"") && whole.contains("\"/mine\""))
        for work in [SharedWork(), CloudFormationEmitter.sharedWork(stage: nil)] {
            #expect(work.value(of: TemplateMeasurements.self, for: spec).bytes == whole.utf8.count)
        }
        let plain = try CloudFormationCase.load(yaml: yaml.replacing(/x-cloudformation: .*\n/, with: ""))
        #expect((CloudFormationEmitter.document(plain, stages: plain.effectiveStages).filling == nil) == (name == "rest"))
    }
}
