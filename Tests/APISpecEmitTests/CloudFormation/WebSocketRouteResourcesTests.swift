import APISpecCore
import APISpecValidation
import Testing
@testable import APISpecEmit

/// A WebSocket API's routes and their integrations are written and counted from texts cut
/// where their strings go (`WebSocketRouteResources`): a route by its key and integration's
/// id, an integration to a function by the function's ARN, one text for each timeout. The
/// template written, and the one measured, must be the one built whole, deployment id and all.
struct WebSocketRouteResourcesTests {
    /// More routes than `TemplateAssembly.boundedRoutes` (measured after the rest), of
    /// functions in turn, with and without an alias and timeouts of their own; keys JSON
    /// escapes; a key whose ids clash with another's (`action-1`, `action1`: the second's
    /// have a counter, read back from the allocator); and the routes not cut: `$connect`,
    /// described ones, other integrations.
    static let yaml = (
        [
            "apispec: 1", "name: sockets", "protocol: websocket", "functions:",
            "  plain: {runtime: python3.12, handler: app.plain}",
            "  warm: {runtime: python3.12, handler: app.warm, provisionedConcurrency: 1}",
            "  other: {runtime: python3.12, handler: app.other}",
            "authorizers:",
            "  ticket: {type: lambda, function: other, identitySource: [route.request.querystring.ticket]}",
            "routes:",
            "  $connect: {function: warm, auth: ticket}",
            "  $disconnect: {function: plain, description: Says goodbye}",
            "  $default: {function: warm, timeout: 7}",
            #"  'quote"d\back': {function: plain}"#,
            "  proxied: {http: {url: \"https://example.com/{x}\"}}",
            "  queued: {aws: {service: sqs, action: SendMessage, role: \"arn:aws:iam::123456789012:role/q\"}}",
            "  mocked: {mock: {status: 200}}",
            "  action-1: {function: other}",
        ] + (0..<150).map { index in
            let function = ["plain", "warm", "other"][index / 2 % 3]
            let timeout = index % 7 == 0 ? ", timeout: \(1_000 + index % 5)" : ""
            return "  action\(index): {function: \(function)\(timeout)}"
        }
    ).joined(separator: "\n")

    @Test func writtenAndMeasuredRoutesAreThoseOfTheTemplateBuiltWhole() throws {
        let spec = try CloudFormationCase.load(yaml: Self.yaml)
        #expect(spec.routes.count > TemplateAssembly.boundedRoutes)
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        let whole = JSONWriter.write(template.json)
        #expect(try CloudFormationEmitter.emit(spec, stage: nil) == whole)
        #expect(try CloudFormationEmitter.document(spec, stage: nil).text == whole)
        let measured = SharedWork().value(of: TemplateMeasurements.self, for: spec)
        #expect(measured.bytes == whole.utf8.count)
        #expect(measured.resources == template.resources.count)
        // Every route has its two resources but the mock's: none were left out.
        let routes = template.resources.values.filter { $0.type == WebSocketRoute.type }
        #expect(routes.count == spec.routes.count - 1)
        #expect(template.resources.values.filter { $0.type == WebSocketIntegration.type }.count == routes.count)
        #expect(template.resources["Action12Integration"] != nil && template.resources["Action12Route"] != nil)
    }

    /// Routes take turns among more timeouts than are found among the last few integrated:
    /// each integration has its own route's.
    @Test func eachIntegrationHasItsRoutesTimeout() throws {
        // In seconds, as the spec gives them.
        let timeouts: [Int?] = [nil, 1, 2, nil, 3, 4, 5, 6, 2]
        let yaml = (["apispec: 1", "name: timeouts", "protocol: websocket", "functions:",
                     "  plain: {runtime: python3.12, handler: app.plain}", "routes:"]
            + (0..<40).map { index in
                "  action\(index): {function: plain\(timeouts[index % timeouts.count].map { ", timeout: \($0)" } ?? "")}"
            }).joined(separator: "\n")
        let template = try CloudFormationEmitterTests.template(yaml)
        for index in 0..<40 {
            let integration = try #require(template.resources["Action\(index)Integration"])
            #expect(integration.properties["TimeoutInMillis"] == timeouts[index % timeouts.count].map { JSONValue.int($0 * 1_000) }, "action\(index)")
        }
    }

    /// A route's text, cut where its key and its integration's id go, is that of the route
    /// made from them, whatever JSON does with their characters.
    @Test(arguments: [("action1", "Action1Integration"), ("quote\"d\\back", "QuotedBackIntegration"), ("", ""), ("é 日本", "X")])
    func aCutRouteIsTheRouteMade(_ key: String, _ integration: String) throws {
        let api = Intrinsic.ref("Api")
        var shape = WebSocketRoute.shape(api: api)
        let strings = [key, integration]
        let pieces: ResourceShape.Pieces = { number, piece in strings[number].withUTF8Bytes(piece) }
        let route = WebSocketRoute(key: key, auth: nil, description: nil, integration: integration, authorizers: [:], api: api)
        #expect(WebSocketRoute.isShaped(key: key, description: nil))
        #expect(shape.make(pieces).json == Resource(type: WebSocketRoute.type, properties: route.object).json)
        let cut = shape.text(indent: TemplateWriter.resourceIndent)
        let text = try #require(cut)
        var written: [UInt8] = []
        _ = JSONWriter.stream(chunkSize: 64, to: { chunk in
            written += chunk
            return true
        }) { text.write(pieces, into: &$0) }
        let made = JSONDocument { JSONWriter.write(shape.make(pieces).json, indent: TemplateWriter.resourceIndent, into: &$0) }
        #expect(written == made.bytes)
    }

    @Test func onlyPlainRoutesAreCut() {
        #expect(!WebSocketRoute.isShaped(key: "$connect", description: nil))
        #expect(!WebSocketRoute.isShaped(key: "send", description: "Sends"))
        #expect(WebSocketRoute.isShaped(key: "$disconnect", description: nil))
    }
}
