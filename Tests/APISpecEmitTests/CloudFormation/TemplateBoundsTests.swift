import APISpecCore
import APISpecTestSupport
import APISpecValidation
import Testing
@testable import APISpecEmit

/// A measured template first adds lower bounds of its largest parts, its invoke permissions,
/// its OpenAPI body's paths and a WebSocket API's routes (`TemplateCounters.expect`): a bound
/// past what it bounds would report a template under 1 MB as too large, and a bound of
/// nothing would measure a large one in full.
struct TemplateBoundsTests {
    /// Every golden spec, every rule example (errors and all), and specs made to trip a
    /// bound: two routes of one operation (the later one's is written for both), a method
    /// in lower case, parameters, greedy paths, ANY and `$default`, aliases, authorizers.
    static func specs() throws -> [Spec] {
        var specs = try CloudFormationCase.all.map { try $0.load() }
        let examples = (CloudFormationEmitter.cloudFormationRules + RuleRegistry.all).flatMap(\.examples)
        specs += examples.compactMap { Frontend.load(Array($0.yaml.utf8), path: "example.yaml").spec }
        specs += try [
            """
            apispec: 1
            name: repeats
            protocol: rest
            functions:
              a: {runtime: python3.12, handler: app.a}
            routes:
              GET /same: {function: a, auth: none}
              get /same: {function: a, auth: none}
              GET /other: {function: a, auth: none}
              get /other: {mock: {status: 200}, auth: none}
            """,
            """
            apispec: 1
            name: defaults
            protocol: http
            functions:
              f: {runtime: python3.12, handler: app.f, provisionedConcurrency: 1}
              g: {runtime: python3.12, handler: app.g}
            authorizers:
              check: {type: lambda, function: g}
            routes:
              $default: {function: f, auth: none}
              ANY /{proxy+}: {function: g, auth: check}
              GET /a/{b}/c/{d}: {function: f, auth: none, payloadVersion: "1.0", timeout: 5}
            """,
            """
            apispec: 1
            name: sockets
            protocol: websocket
            functions:
              f: {runtime: python3.12, handler: app.f, provisionedConcurrency: 1}
              g: {runtime: python3.12, handler: app.g}
            authorizers:
              ticket: {type: lambda, function: g, identitySource: [route.request.querystring.ticket]}
            routes:
              $connect: {function: f, auth: ticket, timeout: 3}
              $disconnect: {function: g, description: Says goodbye}
              'quote"d': {function: f}
              proxied: {http: {url: "https://example.com/{x}"}}
              queued: {aws: {service: sqs, action: SendMessage, role: "arn:aws:iam::123456789012:role/q"}}
              mocked: {mock: {status: 200}}
            """,
            """
            apispec: 1
            name: restful
            protocol: rest
            functions:
              f: {runtime: python3.12, handler: app.f}
            cors: {origins: ["https://example.com"]}
            routes:
              ANY /{proxy+}: {function: f, auth: iam}
              GET /x/{id}: {function: f, auth: none, request: {parameters: [querystring.q]}}
            """,
        ].map { try #require(Frontend.load(Array($0.utf8), path: "bounds.yaml").spec) }
        specs += try ["http", "rest", "websocket"].map { try Self.generated(routes: 300, protocol: $0) }
        return specs
    }

    @Test func boundsAreAtMostWhatTheyBound() throws {
        let specs = try Self.specs()
        #expect(specs.count > 100)
        for spec in specs {
            let assembly = TemplateAssembly(spec: spec, stages: spec.effectiveStages, measuringUpTo: .max)
            let permissions = CloudFormationEmitter.addAPI(to: assembly)
            let counters = try #require(assembly.counters)
            let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
            let written = template.resources.values.filter { $0.type == "AWS::Lambda::Permission" }
                .map { counters.resourceBytes($0.json) }.reduce(0, +)
            #expect(permissions.lowerBound(in: assembly, count: counters.resourceBytes) <= written, "\(spec.name)")
            guard let paths = assembly.bodyPaths else { continue }
            #expect(paths.lowerBound(valueIndent: counters.pathsValueIndent) <= Self.pathBytes(paths, counters), "\(spec.name)")
        }
    }

    /// A WebSocket route's bound is at most its two resources (its integration's and its own).
    @Test func webSocketRoutesAreAtLeastTheirBound() throws {
        var checked = 0
        for spec in try Self.specs() where spec.apiProtocol == .websocket {
            let assembly = TemplateAssembly(spec: spec, stages: spec.effectiveStages, measuringUpTo: .max)
            let counters = try #require(assembly.counters)
            var least = WebSocketAPI.LeastResources(assembly: assembly)
            let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
            for (id, resource) in template.resources where resource.type == "AWS::ApiGatewayV2::Route" {
                guard case .string(let key)? = resource.properties["RouteKey"],
                      case .object(let target)? = resource.properties["Target"],
                      case .string(let sub)? = target["Fn::Sub"],
                      let route = spec.routes.first(where: { $0.key.raw == key }),
                      let integration = route.integration
                else { continue }
                let integrationID = String(sub.dropFirst("integrations/${".count).dropLast())
                let written = try #require(template.resources[integrationID])
                // The ids as the bound reads them: claimed in the measured template's allocator.
                let ids = (assembly.claimID(Array(integrationID.utf8), suffix: ""), assembly.claimID(Array(id.utf8), suffix: ""))
                #expect(assembly.string(of: ids.0) == integrationID && assembly.string(of: ids.1) == id)
                let bound = least.bytes(of: route, integration: integration, ids: ids)
                #expect(bound <= counters.resourceBytes(resource.json) + counters.resourceBytes(written.json), "\(spec.name) \(key)")
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    /// Two routes of one operation: the bound cannot tell which one's is written, and is 0.
    @Test func pathsOfRoutesSharingAnOperationHaveNoBound() throws {
        let spec = try #require(try Self.specs().first { $0.name == "repeats" })
        let assembly = TemplateAssembly(spec: spec, stages: spec.effectiveStages, measuringUpTo: .max)
        _ = CloudFormationEmitter.addAPI(to: assembly)
        let counters = try #require(assembly.counters)
        #expect(try #require(assembly.bodyPaths).lowerBound(valueIndent: counters.pathsValueIndent) == 0)
    }

    /// On the benchmark's kind of spec the bounds are most of what they bound: the
    /// permissions but for their ids, the paths at least two fifths.
    @Test(arguments: ["http", "rest"])
    func boundsAreCloseOnATypicalSpec(_ apiProtocol: String) throws {
        let spec = try Self.generated(routes: 300, protocol: apiProtocol)
        let assembly = TemplateAssembly(spec: spec, stages: spec.effectiveStages, measuringUpTo: .max)
        let permissions = CloudFormationEmitter.addAPI(to: assembly)
        let counters = try #require(assembly.counters)
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        let written = template.resources.values.filter { $0.type == "AWS::Lambda::Permission" }
            .map { counters.resourceBytes($0.json) }.reduce(0, +)
        let permissionsBound = permissions.lowerBound(in: assembly, count: counters.resourceBytes)
        #expect(Double(permissionsBound) > 0.95 * Double(written))
        let paths = try #require(assembly.bodyPaths)
        let pathsBound = paths.lowerBound(valueIndent: counters.pathsValueIndent)
        #expect(Double(pathsBound) > 0.4 * Double(Self.pathBytes(paths, counters)))
        // Asked to pass a quarter of it, a bound stops soon after.
        let quarter = permissions.lowerBound(in: assembly, count: counters.resourceBytes, past: permissionsBound / 4)
        #expect(quarter > permissionsBound / 4 && quarter < permissionsBound / 2)
        let pathsQuarter = paths.lowerBound(valueIndent: counters.pathsValueIndent, past: pathsBound / 4)
        #expect(pathsQuarter > pathsBound / 4 && pathsQuarter < pathsBound / 2)
    }

    /// 1,000 routes of 100 functions: with the bounds, the template is known to pass 1 MB
    /// before a function's resources are made, and the measurement still counts every
    /// resource. With only what is counted by then, it would not be.
    @Test(arguments: ["http", "rest", "websocket"])
    func aLargeTemplateIsPastItsLimitBeforeItsFunctions(_ apiProtocol: String) throws {
        let spec = try Self.generated(routes: 1_000, protocol: apiProtocol)
        let assembly = TemplateAssembly(
            spec: spec, stages: spec.effectiveStages, measuringUpTo: CloudFormationTemplateTooLarge.limit)
        _ = CloudFormationEmitter.addAPI(to: assembly)
        #expect(assembly.countsResourcesOnly)
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        let measured = SharedWork().value(of: TemplateMeasurements.self, for: spec)
        #expect(measured.resources == template.resources.count)
        #expect(measured.bytes > CloudFormationTemplateTooLarge.limit)
        #expect(JSONWriter.write(template.json).utf8.count > CloudFormationTemplateTooLarge.limit)
    }

    /// With the bounds expected, a template under the limit is still measured exactly, and
    /// one past it only once its parts are counted is still found past it.
    @Test(arguments: [(200, "http"), (200, "rest"), (400, "websocket"), (600, "http"), (900, "websocket")])
    func boundedMeasurementsAreThoseOfTheWrittenTemplate(_ routes: Int, _ apiProtocol: String) throws {
        let spec = try Self.generated(routes: routes, protocol: apiProtocol)
        #expect(routes > TemplateAssembly.boundedRoutes)
        let template = CloudFormationEmitter.build(spec, stages: spec.effectiveStages)
        let written = JSONWriter.write(template.json).utf8.count
        let measured = SharedWork().value(of: TemplateMeasurements.self, for: spec)
        #expect(measured.resources == template.resources.count)
        if written > CloudFormationTemplateTooLarge.limit {
            #expect(measured.bytes > CloudFormationTemplateTooLarge.limit)
        } else {
            #expect(measured.bytes == written)
        }
    }

    /// What `count` counts of the paths: each path item's value.
    private static func pathBytes(_ paths: PathItems, _ counters: TemplateCounters) -> Int {
        var bytes = 0
        paths.count(valueIndent: counters.pathsValueIndent) { _, itemBytes in
            bytes += itemBytes
            return true
        }
        return bytes
    }

    /// `routes` routes over 100 functions, as the benchmark's specs: path parameters on most,
    /// scopes on some.
    static func generated(routes: Int, protocol apiProtocol: String) throws -> Spec {
        let functions = (0..<100).map { "  items\($0): {runtime: python3.12, handler: items\($0).handler, memory: 256}" }
        let keys: [String] = (0..<routes).map { index in
            let function = "items\(index % 100)"
            guard apiProtocol != "websocket" else { return "  action\(index): {function: \(function)}" }
            let path = ["/\(function)/r\(index)", "/\(function)/r\(index)/{id}", "/\(function)/r\(index)/{id}/parts/{part}"][index % 3]
            return "  \(["GET", "POST", "PUT"][index % 3]) \(path): {function: \(function), auth: \(index % 2 == 0 ? "none" : "iam")}"
        }
        let yaml = (["apispec: 1", "name: generated", "protocol: \(apiProtocol)", "functions:"] + functions + ["routes:"] + keys)
            .joined(separator: "\n")
        return try #require(Frontend.load(Array(yaml.utf8), path: "generated.yaml").spec)
    }
}
