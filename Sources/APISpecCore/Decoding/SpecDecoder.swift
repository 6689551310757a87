import OrderedCollections

/// YAML tree -> `Spec`. Reports every structural problem it finds in one pass: unknown
/// keys (with "did you mean"), wrong types, missing keys and values outside closed sets.
/// AWS limits, references and protocol fitness are the validator's rules.
public struct SpecDecoder: Sendable {
    public init() {}

    public struct Result: Sendable {
        /// Nil when the spec's identity (`apispec`, `name`, `protocol`, `routes`) is unusable.
        public var spec: Spec?
        public var diagnostics: [Diagnostic]
    }

    public static let supportedVersion = 1

    public func decode(_ root: YAMLNode, file: String) -> Result {
        var root = root
        return decode(taking: &root, file: file)
    }

    /// Takes the routes and functions out of `root` as it decodes them. When nothing else
    /// holds the tree, each one's part is freed once decoded, instead of staying beside the
    /// finished model until the end.
    /// `referenceScalars` is the loader's list when the tree came from it; without it they are
    /// found by walking the tree. `reload` gives the same tree again, whole: the keys inside
    /// routes and functions are then indexed only if a finding asks for one (`KeyIndex`).
    public func decode(
        taking root: inout YAMLNode, file: String, referenceScalars: [YAMLNode]? = nil,
        reload: (@Sendable () -> YAMLNode?)? = nil
    ) -> Result {
        decode(taking: &root, file: file, referenceScalars: referenceScalars, reload: reload, sections: nil)
    }

    /// With `sections`, the tree is the loader's, the entries of the sections it began decoded
    /// into `sections` already (`SectionsDuringLoad`, usable): they are taken from there.
    func decode(
        taking root: inout YAMLNode, file: String, referenceScalars: [YAMLNode]?, reload: (@Sendable () -> YAMLNode?)?,
        sections: SectionsDuringLoad?
    ) -> Result {
        let context = DecodingContext()
        let spec = decodeSpec(
            &root, file: file, referenceScalars: referenceScalars ?? Spec.referenceScalars(in: root), reload: reload,
            decoded: sections, context)
        return Result(spec: spec, diagnostics: context.diagnostics)
    }

    private func decodeSpec(
        _ root: inout YAMLNode, file: String, referenceScalars: [YAMLNode], reload: (@Sendable () -> YAMLNode?)?,
        decoded: SectionsDuringLoad?, _ context: DecodingContext
    ) -> Spec? {
        // The largest sections are taken out to be decoded entry by entry: their keys are
        // indexed later from `reload`, or else first.
        let wholeKeys = reload == nil ? KeyIndex(root) : nil
        var routes = root.takeValue(of: "routes")
        var functions = root.takeValue(of: "functions")
        let keys = wholeKeys ?? KeyIndex(root, deferring: ["routes", "functions"], to: reload!)
        guard let top = context.fields(root, path: "", what: "the spec") else { return nil }
        var usable = true

        context.require("apispec", in: top, what: "the spec", example: "apispec: 1")
        if let node = top["apispec"], let version = context.int(node, "`apispec`", example: "`apispec: 1`"),
           version != Self.supportedVersion {
            context.error("unsupported-version", "spec format version \(version) is not supported", at: node.location,
                          hint: "this apispec reads `apispec: \(Self.supportedVersion)`")
            usable = false
        }

        context.require("name", in: top, what: "the spec", example: "name: pets-api")
        let name = top["name"].flatMap { context.string($0, "`name`") }
        if name == nil { usable = false }

        var apiProtocol = APIProtocol.http
        if let node = top["protocol"] {
            if let value = context.choice(node, "protocol", as: APIProtocol.self) { apiProtocol = value } else { usable = false }
        }

        context.require("routes", in: top, what: "the spec", example: "routes: {GET /hello: {function: hello}}")
        if top["routes"] == nil { usable = false }

        var spec = Spec(file: file, rootLocation: root.location, referenceScalars: referenceScalars, keys: keys,
                        name: name ?? "", apiProtocol: apiProtocol)
        spec.provenance = top.provenance(root.location)
        spec.extensions = top.extensions
        spec.description = top["description"].flatMap { context.string($0, "`description`") }
        spec.endpoint = top["endpoint"].flatMap { context.choice($0, "endpoint type", as: EndpointType.self) }
        spec.routeSelection = top["routeSelection"].flatMap { context.string($0, "`routeSelection`") }
        spec.binaryMediaTypes = top["binaryMediaTypes"].flatMap { context.stringList($0, "`binaryMediaTypes`") } ?? []

        if let node = top["parameters"] { spec.parameters = decodeParameters(node, context) }
        if let node = top["defaults"] { spec.defaults = decodeDefaults(node, context) }
        if var node = functions.take() {
            if let decoded, let functions = decoded.functions {
                spec.functions = functions
                context.take(decoded.functionsContext)
            } else {
                spec.functions = decodeFunctions(takeEntries(&node, "`functions`", context), defaults: spec.defaults, context)
            }
        }
        if let node = top["authorizers"] { spec.authorizers = decodeAuthorizers(node, context) }
        if var node = routes.take() {
            if let decoded, let routes = decoded.routes {
                spec.routes = routes
                context.take(decoded.routesContext)
            } else {
                spec.routes = decodeRoutes(takeEntries(&node, "`routes`", context), defaults: spec.defaults, context)
            }
        }
        if let node = top["cors"] { spec.cors = decodeCors(node, context) }
        if let node = top["stages"] { spec.stages = decodeStages(node, context) }
        if let node = top["gatewayResponses"] { spec.gatewayResponses = decodeGatewayResponses(node, context) }
        if let node = top["domains"] { spec.domains = decodeDomains(node, context) }
        if let node = top["usagePlans"] { spec.usagePlans = decodeUsagePlans(node, context) }
        if let node = top["apiKeys"] { spec.apiKeys = decodeAPIKeys(node, context) }
        if let node = top["local"] { spec.local = decodeLocal(node, context) }

        spec.broken = context.broken
        return usable ? spec : nil
    }

    /// Each entry of a `name: {...}` section, with its name's location.
    func entries(_ node: YAMLNode, _ what: String, _ context: DecodingContext)
        -> some Sequence<(name: String, key: YAMLNode, value: YAMLNode)> {
        checkSection(node, what, context)
        return (node.pairs ?? []).lazy.compactMap(Self.entry)
    }

    /// The same entries, taken out of `node` one at a time: each one's part of the tree is
    /// freed once the loop is done with it (see `YAMLNode.takePairs`).
    func takeEntries(_ node: inout YAMLNode, _ what: String, _ context: DecodingContext) -> TakenEntries {
        checkSection(node, what, context)
        return TakenEntries(node.takePairs() ?? [])
    }

    private func checkSection(_ node: YAMLNode, _ what: String, _ context: DecodingContext) {
        if node.pairs == nil, !node.isNull {
            context.wrongType(node, what, expected: "a mapping of names to settings", example: "`name: {...}` lines under it")
        }
    }

    /// Custom `x-` keys are not entries.
    static func entry(_ pair: YAMLNode.Pair) -> (name: String, key: YAMLNode, value: YAMLNode)? {
        let name = pair.keyText
        guard !name.isExtensionKey else { return nil }
        return (name, pair.key, pair.value)
    }

    private func decodeParameters(_ node: YAMLNode, _ context: DecodingContext) -> OrderedDictionary<String, Parameter> {
        var result: OrderedDictionary<String, Parameter> = [:]
        for (name, key, value) in entries(node, "`parameters`", context) {
            result[name] = context.entity("parameters", name) {
                var parameter = Parameter(name: name, provenance: Provenance(key.location))
                guard let fields = context.fields(value, path: "parameters.*", what: "parameter `\(name)`") else {
                    return parameter
                }
                parameter.provenance = fields.provenance(key.location)
                parameter.extensions = fields.extensions
                if let type = fields["type"].flatMap({ context.string($0, "`type`") }) { parameter.type = type }
                parameter.description = fields["description"].flatMap { context.string($0, "`description`") }
                parameter.allowed = fields["allowed"].flatMap { context.stringList($0, "`allowed`") } ?? []
                parameter.defaultValue = fields["default"].flatMap { context.string($0, "`default`") }
                return parameter
            }
        }
        return result
    }

    func decodeDefaults(_ node: YAMLNode, _ context: DecodingContext) -> Defaults {
        guard let fields = context.fields(node, path: "defaults", what: "`defaults`") else {
            return Defaults(provenance: Provenance(node.location))
        }
        var defaults = Defaults(provenance: fields.provenance(node.location))
        defaults.extensions = fields.extensions
        if let function = fields["function"] {
            let decoded = context.entity("defaults", "function") {
                decodeFunctionSettings(function, path: "defaults.function", what: "`defaults.function`", context)
            }
            defaults.function = decoded?.settings
            defaults.functionProvenance = decoded?.fields.provenance(function.location)
        }
        if let auth = fields["auth"], let text = context.string(auth, "`auth`") {
            defaults.auth = Located(AuthChoice(text), at: auth.location)
        }
        if let timeout = fields["timeout"], let value = context.milliseconds(timeout, "`timeout`") {
            defaults.timeoutMilliseconds = Located(value, at: timeout.location)
        }
        if let version = fields["payloadVersion"], let value = context.payloadVersion(version, "payload version") {
            defaults.payloadVersion = Located(value, at: version.location)
        }
        return defaults
    }
}
