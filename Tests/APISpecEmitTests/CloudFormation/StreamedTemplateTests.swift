import APISpecCore
import APISpecValidation
import Testing
@testable import APISpecEmit

/// `emit` writes the template validation kept, when it was small, or else as it is made,
/// each resource when it is added and the OpenAPI body's paths while the API's resource is
/// written: the text must be that of the template built whole.
struct StreamedTemplateTests {
    static func streamedAndWhole(_ spec: Spec, stage: String? = nil) throws -> (streamed: String, whole: String) {
        let streamed = try CloudFormationEmitter.emit(spec, stage: stage)
        return (streamed, JSONWriter.write(try CloudFormationEmitter.template(spec, stage: stage).json))
    }

    @Test func everyGoldenTemplateStreamsAsItIsWritten() throws {
        for golden in CloudFormationCase.all {
            let spec = try golden.load()
            for stage in [nil] + spec.effectiveStages.keys.prefix(1).map(Optional.some) {
                let (streamed, whole) = try Self.streamedAndWhole(spec, stage: stage)
                #expect(streamed == whole, "\(golden.name) \(stage ?? "")")
            }
        }
    }

    /// A REST API's CORS preflights are written once for each set of methods they allow and
    /// copied after (`JSONSink.value(repeating:key:_:)`): each path's preflight must still allow its
    /// own path's methods, at every depth the document is written at.
    @Test func preflightsAllowTheirOwnPathsMethods() throws {
        let yaml = """
            apispec: 1
            name: shop
            protocol: rest
            functions:
              f: {runtime: python3.12, handler: app.handler}
            routes:
              GET /a: {function: f, auth: none}
              POST /a: {function: f, auth: none}
              GET /b: {function: f, auth: none}
              DELETE /c: {function: f, auth: none}
              GET /d: {function: f, auth: none}
              POST /d: {function: f, auth: none}
            cors:
              allowOrigins: [https://shop.example.com]
            """
        let spec = try CloudFormationCase.load(yaml: yaml)
        let (streamed, whole) = try Self.streamedAndWhole(spec)
        #expect(streamed == whole)
        let openAPI = try OpenAPIEmitter.emit(spec, stage: nil, awsExtensions: true)
        let builder = OpenAPIBuilder(spec: spec, stage: spec.implicitStageName, targets: StandaloneTargets(), awsExtensions: true)
        #expect(openAPI == JSONWriter.write(builder.build()))
        for text in [streamed, openAPI] {
            let allowed = text.split(separator: "\n").filter { $0.contains("Access-Control-Allow-Methods\": \"'") }
                .map { $0.split(separator: "\"").last(where: { $0.hasPrefix("'") }) }
            #expect(allowed == ["'GET,POST,OPTIONS'", "'GET,OPTIONS'", "'DELETE,OPTIONS'", "'GET,POST,OPTIONS'"])
        }
    }

    /// The template validation kept is the one emitted; `--stage` builds its own.
    @Test func theValidationRunsTemplateIsTheOneEmitted() throws {
        let shared = CloudFormationEmitter.sharedWork(stage: nil, specBytes: CloudFormationEmitterTests.restSpec.utf8.count)
        let result = Validator.check(
            Array(CloudFormationEmitterTests.restSpec.utf8), path: "shop.yaml", rules: CloudFormationEmitter.cloudFormationRules,
            shared: shared)
        let spec = try #require(result.spec)
        #expect(shared.value(of: TemplateMeasurements.self, for: spec).template != nil)
        #expect(try CloudFormationEmitter.emit(spec, stage: nil, shared: shared) == CloudFormationEmitter.emit(spec, stage: nil))
        let dev = try CloudFormationEmitter.emit(spec, stage: "dev", shared: shared)
        #expect(dev == (try CloudFormationEmitter.emit(spec, stage: "dev")))
        #expect(dev != (try CloudFormationEmitter.emit(spec, stage: nil)))
    }

    /// A large spec's template is measured, not kept: emit writes it as it is made.
    @Test func aLargeSpecsTemplateIsNotKeptButWrittenAsItIsMade() throws {
        let description = String(repeating: "lorem ipsum ", count: 100)
        let yaml = (["apispec: 1", "name: large", "functions:", "  f: {runtime: python3.12, handler: app.handler}", "routes:"]
            + (0..<1_000).map { "  GET /items\($0): {function: f, auth: none, description: \(description)}" }
        ).joined(separator: "\n")
        #expect(yaml.utf8.count > CloudFormationEmitter.keptSpecBytes)
        let shared = CloudFormationEmitter.sharedWork(stage: nil, specBytes: yaml.utf8.count)
        let spec = try #require(Validator.check(Array(yaml.utf8), path: "large.yaml", rules: [], shared: shared).spec)
        #expect(shared.value(of: TemplateMeasurements.self, for: spec).template == nil)
        #expect(try CloudFormationEmitter.emit(spec, stage: nil, shared: shared) == (try Self.streamedAndWhole(spec).whole))
        let small = CloudFormationEmitter.sharedWork(stage: nil, specBytes: CloudFormationEmitter.keptSpecBytes)
        #expect(small.value(of: TemplateMeasurements.self, for: spec).template?.text == (try Self.streamedAndWhole(spec).whole))
    }

    /// Written in small chunks, a large template arrives whole; when writing fails, nothing
    /// more is sent.
    @Test func aTemplateStreamsInChunksAndStopsWhenWritingFails() throws {
        let routes = (0..<300).map { "  GET /items\($0)/{id}: {function: f\($0 % 7), auth: none}" }
        let yaml = (["apispec: 1", "name: chunks", "functions:"]
            + (0..<7).map { "  f\($0): {runtime: python3.12, handler: app.handler}" } + ["routes:"] + routes
        ).joined(separator: "\n")
        let spec = try CloudFormationCase.load(yaml: yaml)
        let document = try CloudFormationEmitter.document(spec, stage: nil)
        var bytes: [UInt8] = []
        #expect(document.stream { bytes += $0; return true })
        #expect(String(decoding: bytes, as: UTF8.self) == (try Self.streamedAndWhole(spec).whole))
        var sends = 0
        #expect(!document.stream { _ in sends += 1; return false })
        #expect(sends == 1)
    }

    /// HTTP APIs stream their paths; a REST API's deployment id hashes its body, which is then
    /// made whole; a body `x-cloudformation` replaces has no paths to make, nor to count.
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
        let (streamed, whole) = try Self.streamedAndWhole(spec)
        #expect(streamed == whole)
        #expect(!whole.contains("\"/hello\"") && whole.contains("\"/mine\""))
        for work in [SharedWork(), CloudFormationEmitter.sharedWork(stage: nil, specBytes: yaml.utf8.count)] {
            let measured = work.value(of: TemplateMeasurements.self, for: spec)
            #expect(measured.bytes == whole.utf8.count)
            #expect(measured.template.map(\.text) == (work.keeps(TemplateMeasurements.self) ? whole : nil))
        }
    }
}
