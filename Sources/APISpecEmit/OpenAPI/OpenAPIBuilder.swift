import APISpecCore

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
        let (document, paths) = parts()
        var items = JSONObject()
        paths.values { path, item in
            items[path] = item
            return true
        }
        var whole = document
        whole["paths"] = .object(items)
        return whole
    }

    /// The document with `"paths": {}`, and what makes its path items, one by one and in
    /// order, for a caller that writes or counts them without keeping them all (their
    /// operations are only made then).
    func parts() -> (document: JSONValue, paths: PathItems) {
        let (emitted, operated, uses) = emittedRoutesAndUses()
        let routes = operated.lazy.map { spec.routes[$0] }
        let models = uses.requestBodies ? requestModels(routes) : [:]

        var document: JSONObject = [
            "openapi": .string(Self.openAPIVersion),
            "info": info,
            "servers": .array(servers),
            "paths": [:],
        ]
        var components: JSONObject = [:]
        let schemes = securitySchemes(for: uses)
        if !schemes.isEmpty { components["securitySchemes"] = .object(schemes) }
        if !models.isEmpty {
            var schemas: JSONObject = [:]
            for route in routes {
                if let name = models[route.key.raw], let body = route.request?.body { schemas[name] = JSONValue(yaml: body) }
            }
            components["schemas"] = .object(schemas)
        }
        if !components.isEmpty { document["components"] = .object(components) }
        if awsExtensions { document.merge(apiSettings(uses: uses)) { own, _ in own } }
        document.merge(passthrough(spec.extensions)) { own, _ in own }
        return (.object(document), PathItems(builder: self, models: models, routes: emitted))
    }

    /// The `emittedRoutes`, those of them the document makes operations of
    /// (`operationRoutes(of:)`), and what those use. With AWS extensions, every emitted route
    /// has an operation, and its uses are noted in the pass that finds it: a pass over 100,000
    /// routes reads each from memory again.
    private func emittedRoutesAndUses() -> (emitted: [Int], operated: [Int], uses: RouteUses) {
        guard awsExtensions else {
            let emitted = emittedRoutes
            let operated = operationRoutes(of: emitted)
            return (emitted, operated, RouteUses(operated, of: spec))
        }
        var uses = RouteUses()
        var emitted: [Int] = []
        for index in spec.routes.indices where emits(index) {
            emitted.append(index)
            uses.add(index, of: spec)
        }
        return (emitted, emitted, uses)
    }

    /// Route key -> schema name of its request body: the route's words, as API Gateway model
    /// names must be alphanumeric (`POST /pets` -> `PostPetsRequest`).
    private func requestModels(_ routes: some Collection<Route>) -> [String: String] {
        var names = OperationIDs()
        var models: [String: String] = [:]
        for route in routes where route.request?.body != nil {
            let words = OperationIDs.base(method: (route.key.method ?? "any").lowercased(), path: route.key.path)
            models[route.key.raw] = names.claim(OperationIDs.capitalized(Substring(words)) + "Request")
        }
        return models
    }

    private var info: JSONValue {
        var info: JSONObject = ["title": .string(spec.name)]
        if let description = spec.description { info["description"] = .string(description) }
        info["version"] = .string(Self.apiVersion)
        return .object(info)
    }
}
