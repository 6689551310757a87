import OrderedCollections

/// One API: the typed form of an apispec file. Maps keep their written order.
public struct Spec: Sendable {
    public var file: String
    /// Where the document starts: findings about the file as a whole point here.
    public var rootLocation: SourceLocation
    /// Every scalar of the file that holds a `${...}` reference, keys included, in source
    /// order: what the reference rules scan. The spec keeps these instead of the whole
    /// YAML tree, which is let go once decoded (it was most of a large spec's memory).
    public var referenceScalars: [YAMLNode]
    /// Every key's location by path, for findings about keys.
    public let keys: KeyIndex
    public var version: Int
    public var name: String
    public var description: String?
    public var apiProtocol: APIProtocol
    /// REST only; nil when not written (AWS's default is regional).
    public var endpoint: EndpointType?
    public var parameters: OrderedDictionary<String, Parameter>
    public var defaults: Defaults
    public var functions: OrderedDictionary<String, Function>
    public var authorizers: OrderedDictionary<String, Authorizer>
    public var routes: [Route]
    public var cors: CorsPolicy?
    /// Stages as written; see `effectiveStages` for what gets deployed.
    public var stages: OrderedDictionary<String, Stage>
    public var binaryMediaTypes: [Located<String>]
    public var gatewayResponses: OrderedDictionary<String, GatewayResponse>
    public var domains: OrderedDictionary<String, Domain>
    public var usagePlans: OrderedDictionary<String, UsagePlan>
    public var apiKeys: OrderedDictionary<String, APIKey>
    /// WebSocket only; nil when not written (default `$request.body.action`).
    public var routeSelection: String?
    public var local: LocalSettings?
    public var extensions: Extensions
    /// Top-level keys: `name`, `protocol`, `endpoint`, `cors`, `stages`, ...
    public var provenance: Provenance
    /// Entities the decoder already reported errors for, as `section.name`
    /// (`functions.listPets`, `routes.GET /pets`). Rules say nothing more about them,
    /// nor about references to them: no cascades.
    public var broken: Set<String> = []

    public init(file: String, root: YAMLNode, name: String, apiProtocol: APIProtocol) {
        self.init(file: file, rootLocation: root.location, referenceScalars: Self.referenceScalars(in: root),
                  keys: KeyIndex(root), name: name, apiProtocol: apiProtocol)
    }

    /// For the decoder, which indexes the tree before it takes the largest sections out.
    init(file: String, rootLocation: SourceLocation, referenceScalars: [YAMLNode], keys: KeyIndex, name: String,
         apiProtocol: APIProtocol) {
        self.file = file
        self.rootLocation = rootLocation
        self.referenceScalars = referenceScalars
        self.keys = keys
        self.version = 1
        self.name = name
        self.apiProtocol = apiProtocol
        self.parameters = [:]
        self.defaults = Defaults(provenance: Provenance(rootLocation))
        self.functions = [:]
        self.authorizers = [:]
        self.routes = []
        self.stages = [:]
        self.binaryMediaTypes = []
        self.gatewayResponses = [:]
        self.domains = [:]
        self.usagePlans = [:]
        self.apiKeys = [:]
        self.extensions = []
        self.provenance = Provenance(rootLocation)
    }
}

extension Spec {
    /// Every scalar of `root` that holds a `${...}` reference, keys included, in source order.
    static func referenceScalars(in root: YAMLNode) -> [YAMLNode] {
        var found: [YAMLNode] = []
        collectReferenceScalars(root, into: &found)
        return found
    }

    /// Depth first, keys before their values. By hand rather than with `YAMLNode.walk`,
    /// whose closure and node copies cost more than the scan.
    private static func collectReferenceScalars(_ node: YAMLNode, into found: inout [YAMLNode]) {
        switch node.kind {
        case .scalar(let text, _):
            if text.containsReference { found.append(node) }
        case .sequence(let items):
            for index in items.indices { collectReferenceScalars(items[index], into: &found) }
        case .mapping(let pairs):
            for index in pairs.indices {
                collectReferenceScalars(pairs[index].key, into: &found)
                collectReferenceScalars(pairs[index].value, into: &found)
            }
        }
    }
}

public enum APIProtocol: String, Sendable, Hashable, CaseIterable {
    case http, rest, websocket
}

public enum EndpointType: String, Sendable, Hashable, CaseIterable {
    case regional, edge, `private`
}

extension Spec {
    public static let defaultRouteSelection = "$request.body.action"

    /// The stage name used when `stages` is absent: HTTP APIs get `$default`, the others `prod`.
    public var implicitStageName: String { apiProtocol == .http ? "$default" : "prod" }

    /// The stages that get deployed: the declared ones, or the implicit one.
    public var effectiveStages: OrderedDictionary<String, Stage> {
        if !stages.isEmpty { return stages }
        return [implicitStageName: Stage(name: implicitStageName, provenance: Provenance(rootLocation))]
    }

    /// Where the key at the end of `path` was written (`["routes", "GET /pets", "mock"]`).
    public func keyLocation(_ path: [String]) -> SourceLocation? { keys.location(path) }

    /// Asked once per route and function by many rules: a clean spec answers without
    /// building the `section.name` string.
    public func isBroken(_ section: String, _ name: String) -> Bool {
        !broken.isEmpty && broken.contains("\(section).\(name)")
    }

    /// `isBroken("routes", route.key.raw)`, where a clean spec does not even read the route's key.
    public func isBroken(_ route: Route) -> Bool {
        !broken.isEmpty && broken.contains("routes.\(route.key.raw)")
    }
}
