import APISpecCore
import OrderedCollections

/// Builds one stage's OpenAPI 3.0.1 document for a REST or HTTP API. Used standalone by
/// `emit --openapi` and as the API's `Body` by the CloudFormation emitter; `targets` says
/// how to point at what only the deployment knows.
public struct OpenAPIBuilder {
    public let spec: Spec
    public let stage: String
    public let targets: any DeployTargets
    /// False for a clean document (documentation portals, client generators): no `x-amazon-apigateway-*`.
    public let awsExtensions: Bool

    public init(spec: Spec, stage: String, targets: any DeployTargets, awsExtensions: Bool) {
        self.spec = spec
        self.stage = stage
        self.targets = targets
        self.awsExtensions = awsExtensions
    }

    /// API Gateway imports OpenAPI 3.0.1.
    public static let openAPIVersion = "3.0.1"
    /// The spec language has no API version; OpenAPI requires one.
    public static let apiVersion = "1.0.0"

    public func build() -> JSONValue {
        let slots = operationSlots()
        var routes: [Route] = []
        for route in slots.compactMap(\.route) where routes.last?.key != route.key { routes.append(route) }
        let models = requestModels(routes)

        var document: OrderedDictionary<String, JSONValue> = [
            "openapi": .string(Self.openAPIVersion),
            "info": info,
            "servers": .array(servers),
            "paths": paths(slots, models: models),
        ]
        var components: OrderedDictionary<String, JSONValue> = [:]
        let schemes = securitySchemes(for: routes)
        if !schemes.isEmpty { components["securitySchemes"] = .object(schemes) }
        if !models.isEmpty {
            var schemas: OrderedDictionary<String, JSONValue> = [:]
            for route in routes {
                if let name = models[route.key.raw], let body = route.request?.body { schemas[name] = JSONValue(yaml: body) }
            }
            components["schemas"] = .object(schemas)
        }
        if !components.isEmpty { document["components"] = .object(components) }
        if awsExtensions { document.merge(apiSettings(routes: routes)) { own, _ in own } }
        document.merge(passthrough(spec.extensions)) { own, _ in own }
        return .object(document)
    }

    private func paths(_ slots: [OperationSlot], models: [String: String]) -> JSONValue {
        var paths: OrderedDictionary<String, OrderedDictionary<String, JSONValue>> = [:]
        let methods = slots.contains { $0.route == nil } ? methodsByPath(slots) : [:]
        for slot in slots {
            if let route = slot.route {
                paths[slot.path, default: [:]][slot.method] = operation(slot, route: route, model: models[route.key.raw])
            } else if let cors = spec.cors {
                paths[slot.path, default: [:]][slot.method] = preflight(slot, methods: methods[slot.path] ?? [], cors: cors)
            }
        }
        return .object(paths.mapValues(JSONValue.object))
    }

    /// The methods routes answer on each path, for a preflight's `Access-Control-Allow-Methods`:
    /// collected in one pass, as a pass per preflight made CORS quadratic in the routes.
    private func methodsByPath(_ slots: [OperationSlot]) -> [String: [String]] {
        var methods: [String: [String]] = [:]
        for slot in slots where slot.route != nil {
            let names = slot.method == OperationSlot.anyMethod ? OperationSlot.openAPIMethods : [slot.method]
            for name in names.map({ $0.uppercased() }) where name != "OPTIONS" {
                if !methods[slot.path, default: []].contains(name) { methods[slot.path, default: []].append(name) }
            }
        }
        return methods
    }

    /// Route key -> schema name of its request body: the route's words, as API Gateway model
    /// names must be alphanumeric (`POST /pets` -> `PostPetsRequest`).
    private func requestModels(_ routes: [Route]) -> [String: String] {
        var names = OperationIDs()
        var models: [String: String] = [:]
        for route in routes where route.request?.body != nil {
            let words = OperationIDs.base(method: (route.key.method ?? "any").lowercased(), path: route.key.path)
            models[route.key.raw] = names.claim(OperationIDs.capitalized(Substring(words)) + "Request")
        }
        return models
    }

    private var info: JSONValue {
        var info: OrderedDictionary<String, JSONValue> = ["title": .string(spec.name)]
        if let description = spec.description { info["description"] = .string(description) }
        info["version"] = .string(Self.apiVersion)
        return .object(info)
    }
}
