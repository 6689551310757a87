import APISpecCore
import APISpecTestSupport
import APISpecValidation
import Testing
@testable import APISpecEmit

/// The CloudFormation limit rules' own examples, through the whole pipeline, as the
/// validator's meta-test runs the registry's rules.
struct CloudFormationRulesTests {
    static let cases: [(rule: String, index: Int)] = CloudFormationEmitter.cloudFormationRules.flatMap { rule in
        rule.examples.indices.map { (rule.id, $0) }
    }

    @Test(arguments: cases)
    func example(rule id: String, index: Int) throws {
        let rule = try #require(CloudFormationEmitter.cloudFormationRules.first { $0.id == id })
        let example = rule.examples[index]
        let marked = MarkedText(example.marked)
        let result = Validator.check(Array(marked.text.utf8), path: "example.yaml", rules: [rule])
        let frontEnd = result.diagnostics.filter { $0.id != id }
        #expect(frontEnd.isEmpty, "example \(index) of \(id) is not a valid spec: \(frontEnd)")
        let found = result.diagnostics.filter { $0.id == id }
        let positions = found.map { MarkedText.Position(line: $0.location.line, column: $0.location.column) }
        #expect(positions.sorted() == marked.positions.sorted(), "\(found)")
        #expect(example.triggers == !found.isEmpty)
        for diagnostic in found {
            #expect(diagnostic.severity == rule.severity)
            #expect(diagnostic.hint?.isEmpty == false)
        }
    }

    @Test func idsAreUniqueAndUnknownToTheRegistry() {
        let ids = CloudFormationEmitter.cloudFormationRules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids).isDisjoint(with: RuleRegistry.all.map(\.id)))
    }


    /// Validation counts the template's resources and the OpenAPI body's paths instead of
    /// keeping them (`emit` keeps a small template), and stops counting bytes past the size
    /// rule's limit. It must give the resource count of the template as written and its
    /// length (past the limit, a length past it too), for every golden spec, the size rules'
    /// own examples (one past 1 MB, one past 500 resources) and every validator example
    /// (REST, HTTP and WebSocket specs, with and without errors).
    @Test func countedAndKeptMeasurementsAreThoseOfTheWrittenTemplate() throws {
        var specs = try CloudFormationCase.all.map { try $0.load() }
        let examples = (CloudFormationEmitter.cloudFormationRules + RuleRegistry.all).flatMap(\.examples)
        specs += examples.compactMap { Frontend.load(Array($0.yaml.utf8), path: "example.yaml").spec }
        #expect(specs.count > 100)
        for spec in specs {
            let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
            let written = (bytes: JSONWriter.write(template.json).utf8.count, resources: template.resources.count)
            let limit = CloudFormationTemplateTooLarge.limit
            for work in [SharedWork(), CloudFormationEmitter.sharedWork(stage: nil, specBytes: 0)] {
                let measured = work.value(of: TemplateMeasurements.self, for: spec)
                #expect(measured.resources == written.resources, "\(spec.name)")
                if written.bytes > limit {
                    #expect(measured.bytes > limit, "\(spec.name)")
                } else {
                    #expect(measured.bytes == written.bytes, "\(spec.name)")
                }
                // What emit keeps is the template as written.
                let keeps = work.keeps(TemplateMeasurements.self) && written.bytes <= TemplateMeasurements.keptBytes
                #expect(measured.template?.text == (keeps ? JSONWriter.write(template.json) : nil), "\(spec.name)")
            }
            // Sent to an output instead (`emit -o`): the whole text goes there, and is counted to its end.
            var sent: [UInt8] = []
            let output = TemplateOutput { sent += $0; return true }
            let work = CloudFormationEmitter.sharedWork(stage: nil, specBytes: 1 << 30, output: output)
            let measured = work.value(of: TemplateMeasurements.self, for: spec)
            #expect(measured.template == nil && measured.wentToOutput, "\(spec.name)")
            #expect(measured.bytes == written.bytes && measured.resources == written.resources, "\(spec.name)")
            #expect(String(decoding: sent, as: UTF8.self) == JSONWriter.write(template.json), "\(spec.name)")
        }
    }

    /// An output that fails (a full disk) takes nothing more, and the template is still
    /// measured to its end: the size rules hold, and `emit` reports the failure.
    @Test func aFailedOutputStillMeasuresTheWholeTemplate() throws {
        let spec = try Self.longSpec()
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        #expect(JSONWriter.write(template.json).utf8.count > 4 << 16, "several chunks")
        var calls = 0
        let failing = TemplateOutput { _ in
            calls += 1
            return false
        }
        let measured = TemplateMeasurements.sent(spec, to: try #require(failing.send))
        #expect(calls == 1)
        #expect(measured.bytes == JSONWriter.write(template.json).utf8.count)
        #expect(measured.resources == template.resources.count)
    }

    /// A kept template longer than what a run keeps is let go as it is written: its length is
    /// then past that limit, and its resources are still all counted, those made after it
    /// included (a permission per route, counted without making it).
    /// Ten functions of thirty routes (few enough for a permission per route): a template of
    /// several chunks.
    static func longSpec() throws -> Spec {
        let functions = (0..<10).map { "  items\($0): {runtime: python3.12, handler: app.items}" }
        let routes = (0..<300).map { "  GET /items/\($0): {function: items\($0 % 10), auth: none}" }
        let yaml = """
            apispec: 1
            name: long
            functions:
            \(functions.joined(separator: "\n"))
            routes:
            \(routes.joined(separator: "\n"))
            """
        return try #require(Frontend.load(Array(yaml.utf8), path: "long.yaml").spec)
    }

    @Test func aKeptTemplatePastItsLimitIsCountedNotKept() throws {
        var specs = [try Self.longSpec()]
        specs += try CloudFormationCase.all.map { try $0.load() }
        for spec in specs {
            let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
            let bytes = JSONWriter.write(template.json).utf8.count
            for limit in [1_000, bytes / 2, bytes - 1] {
                let measured = TemplateMeasurements.written(spec, upTo: limit)
                #expect(measured.template == nil, "\(spec.name)")
                #expect(measured.bytes > limit, "\(spec.name)")
                #expect(measured.resources == template.resources.count, "\(spec.name) within \(limit)")
            }
            #expect(TemplateMeasurements.written(spec, upTo: bytes).template?.text == JSONWriter.write(template.json))
        }
    }

    /// A measured template counts invoke permissions from their shape (`ResourceShape`),
    /// through a function's alias too: the count must be that of the template as written.
    @Test(arguments: [
        """
        apispec: 1
        name: shapes
        functions:
          plain: {runtime: python3.12, handler: app.plain}
          warm: {runtime: python3.12, handler: app.warm, provisionedConcurrency: 2}
        routes:
          GET /it's/$5/{id}: {function: plain, auth: none}
          POST /a/b~c/{rest+}: {function: warm, auth: none}
          ANY /: {function: warm, auth: none}
        """,
        """
        apispec: 1
        name: shapes
        protocol: websocket
        functions:
          chat: {runtime: python3.12, handler: app.chat, provisionedConcurrency: 1}
          other: {runtime: python3.12, handler: app.other}
        routes:
          $connect: {function: chat, auth: none}
          $default: {function: other}
          sendMessage: {function: chat}
        """,
    ])
    func permissionsCountedByShapeAreThoseWritten(_ yaml: String) throws {
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "shapes.yaml").spec)
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        let permissions = template.resources.values.filter { $0.type == "AWS::Lambda::Permission" }
        #expect(permissions.count == 3)
        #expect(permissions.contains { permission in
            guard case .object(let name) = permission.properties["FunctionName"] else { return false }
            return name["Ref"] != nil
        })
        let measured = SharedWork().value(of: TemplateMeasurements.self, for: spec)
        #expect(measured.bytes == JSONWriter.write(template.json).utf8.count)
        #expect(measured.resources == template.resources.count)
        // Written as emit streams it, from the shape's cut text.
        #expect(try CloudFormationEmitter.document(spec, stage: nil).text == JSONWriter.write(template.json))
    }

    /// A shape's bytes are those of the resource made from the same strings, whatever JSON
    /// does with their characters: escapes, several bytes, an escape split across two strings.
    @Test(arguments: [
        ["plain", "ascii"], ["", ""], ["quote \"", "back\\slash"], ["tab\t new\nline \u{01}", "é ü 日本 🐝"],
        ["ends with \\", "\" starts"], ["${Sub} $x", String(repeating: "long ", count: 40)],
    ])
    func shapeBytesAreThoseOfTheResourceMade(_ strings: [String]) throws {
        var shape = ResourceShape(strings: 2) { strings in
            Resource(type: "Test::Shape", properties: [
                "Plain": "fixed",
                // The second string first: the text is cut in its own order.
                "List": [.string(strings[1]), 1, true],
                "Nested": ["Fn::Sub": .string("prefix ${A}/" + strings[0] + "/suffix")],
            ])
        }
        let made = shape.make(Self.pieces(of: strings))
        // Each string handed over a Character at a time, as a source path is in pieces.
        let characters: ResourceShape.Pieces = { number, piece in strings[number].forEach { String($0).withUTF8Bytes(piece) } }
        let counter = JSONWriter.ObjectCounter(indent: 1)
        let warm = Self.pieces(of: ["warm", "up"])
        #expect(shape.bytes(warm, count: counter.valueBytes) == counter.valueBytes(shape.make(warm).json))
        #expect(shape.bytes(characters, count: counter.valueBytes) == counter.valueBytes(made.json))
        #expect(shape.make(characters).json == made.json)
        // Written from the text cut where the strings go, at any depth.
        for indent in [0, 2] {
            let cut = shape.text(indent: indent)
            let text = try #require(cut)
            #expect(Self.written { text.write(characters, into: &$0) }
                == Self.written { JSONWriter.write(made.json, indent: indent, into: &$0) })
        }
        // A string counted in pieces adds up to the whole, cut anywhere.
        let whole = strings.joined()
        for cut in whole.indices {
            let pieces = JSONWriter.contentByteCount(String(whole[..<cut])) + JSONWriter.contentByteCount(String(whole[cut...]))
            #expect(pieces == JSONWriter.contentByteCount(whole), "\(whole.debugDescription) cut at \(whole.distance(from: whole.startIndex, to: cut))")
        }
    }

    /// The strings whole, as pieces.
    private static func pieces(of strings: [String]) -> ResourceShape.Pieces {
        { number, piece in strings[number].withUTF8Bytes(piece) }
    }

    private static func written(_ write: (inout ChunkOutput) -> Void) -> [UInt8] {
        var bytes: [UInt8] = []
        _ = JSONWriter.stream(chunkSize: 64, to: { chunk in
            bytes += chunk
            return true
        }, write)
        return bytes
    }

    /// An HTTP API whose paths alone pass 1 MB (400 routes with 3 KB descriptions): validation
    /// stops counting partway through the paths, yet counts every resource and warns.
    @Test func measuringStopsPastTheByteLimitButCountsEveryResource() throws {
        let description = String(repeating: "lorem ipsum ", count: 250)
        let yaml = (["apispec: 1", "name: large", "functions:"]
            + (0..<40).map { "  f\($0): {runtime: python3.12, handler: app.handler}" }
            + ["routes:"]
            + (0..<400).map { "  GET /items\($0): {function: f\($0 % 40), auth: none, description: \(description)}" }
        ).joined(separator: "\n")
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "large.yaml").spec)
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        let written = JSONWriter.write(template.json).utf8.count
        let measured = SharedWork().value(of: TemplateMeasurements.self, for: spec)
        #expect(measured.resources == template.resources.count && measured.resources > 500)
        #expect(measured.bytes > CloudFormationTemplateTooLarge.limit && measured.bytes < written)
        let found = Validator.check(Array(yaml.utf8), path: "large.yaml", rules: CloudFormationEmitter.cloudFormationRules)
        #expect(Set(found.diagnostics.map(\.id)) == ["cloudformation-template-too-large", "cloudformation-too-many-resources"])
    }

    /// A WebSocket API's routes are resources, made before its functions: past 1 MB of them,
    /// a measured template counts the functions' resources without making them. The count
    /// must be theirs as written: with an existing role (no role made), and with provisioned
    /// concurrency (a version and an alias more).
    @Test func functionsPastTheByteLimitAreCountedAsWritten() throws {
        let yaml = ([
            "apispec: 1", "name: chatty", "protocol: websocket", "functions:",
            "  plain: {runtime: python3.12, handler: app.plain}",
            "  warm: {runtime: python3.12, handler: app.warm, provisionedConcurrency: 2}",
            "  owned: {runtime: python3.12, handler: app.owned, role: 'arn:aws:iam::123456789012:role/chat'}",
            "routes:",
        ] + (0..<2_000).map { "  action\($0): {function: \(["plain", "warm", "owned"][$0 % 3])}" }).joined(separator: "\n")
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "chatty.yaml").spec)
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        let text = JSONWriter.write(template.json)
        let firstFunction = try #require(text.firstRange(of: "\"PlainLogGroup\"")?.lowerBound)
        #expect(text.utf8[..<firstFunction].count > CloudFormationTemplateTooLarge.limit)
        #expect(["AWS::Lambda::Alias", "AWS::Lambda::Version"].allSatisfy { type in
            template.resources.values.contains { $0.type == type }
        })
        let measured = SharedWork().value(of: TemplateMeasurements.self, for: spec)
        #expect(measured.resources == template.resources.count)
        #expect(measured.bytes > CloudFormationTemplateTooLarge.limit)
    }

    /// The limit rules build a template for every spec `apispec validate` sees, errors and
    /// all: every validator example (most of them specs with a problem) must go through.
    @Test func theLimitRulesHandleEverySpecTheValidatorsExamplesShow() {
        for rule in RuleRegistry.all {
            for example in rule.examples {
                let result = Validator.check(
                    Array(example.yaml.utf8), path: "example.yaml", rules: CloudFormationEmitter.cloudFormationRules)
                #expect(!result.diagnostics.contains { $0.id.hasPrefix("cloudformation-") }, "\(rule.id)")
            }
        }
    }
}
