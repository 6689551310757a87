import APISpecCore

/// Adds a WebSocket route's two resources, its integration and its route, each written or
/// counted from the text of its kind cut where its strings go (`ResourceShape`), made once:
/// a large API's routes are most of its template, and theirs differ in a few strings.
struct WebSocketRouteResources {
    let assembly: TemplateAssembly
    /// The Lambda authorizers' logical ids by name.
    let authorizers: [String: String]
    private var shapedRoute: ResourceShape
    /// Integrations to functions, one for each timeout (a spec's routes have a few), and
    /// where each timeout's is.
    private var functionIntegrations: [ResourceShape] = []
    private var functionIntegrationOfTimeout: [Int?: Int] = [:]
    /// The last few timeouts integrated, and where each one's integration is: a spec's routes
    /// mostly take turns among a few, and finding one among them costs a fraction of hashing it.
    private var recentTimeouts: [(timeout: Int?, shape: Int)] = []
    private static let recentTimeoutCount = 4
    /// The function integrated last, and its ARN as `Fn::Sub` names it: a spec often lists
    /// the routes of a function together.
    private var invokedARN = LastLookup<String>()

    init(assembly: TemplateAssembly, authorizers: [String: String]) {
        self.assembly = assembly
        self.authorizers = authorizers
        shapedRoute = WebSocketRoute.shape(api: assembly.apiReference)
    }

    /// The resources of `route`, with its `integration` (not a mock, which has none; given,
    /// not read again from the route) and the logical ids `ids`; hashed into `snapshot`
    /// (`TemplateAssembly.add(_:_:into:)`).
    mutating func add(_ route: Route, _ integration: Integration, ids: WebSocketAPI.IDs, into snapshot: inout DeploymentSnapshot) {
        if case .function(let name) = integration {
            let arn = invokedARN.value(for: name.value) { assembly.targets.invokedARN($0) }
            let shape = functionIntegration(timeout: route.timeoutMilliseconds)
            assembly.add(ids.integration, &functionIntegrations[shape], { _, piece in arn.withUTF8Bytes(piece) }, into: &snapshot)
        } else {
            let properties = WebSocketIntegration(integration: integration, timeout: route.timeoutMilliseconds, assembly: assembly)
            assembly.add(
                assembly.string(of: ids.integration), type: WebSocketIntegration.type, properties: properties, into: &snapshot)
        }
        let key = route.key.raw
        guard WebSocketRoute.isShaped(key: key, description: route.description) else {
            let properties = WebSocketRoute(
                key: key, auth: route.auth?.value, description: route.description,
                integration: assembly.string(of: ids.integration), authorizers: authorizers, api: assembly.apiReference)
            let id = assembly.string(of: ids.route)
            return assembly.add(id, type: WebSocketRoute.type, properties: properties, into: &snapshot)
        }
        assembly.add(ids.route, &shapedRoute, { [assembly] number, piece in
            guard number == 0 else { return assembly.withBytes(of: ids.integration, piece) }
            key.withUTF8Bytes(piece)
        }, into: &snapshot)
    }

    /// Where the shape of an integration to a function with `timeout` is, made on first use.
    private mutating func functionIntegration(timeout: Int?) -> Int {
        for recent in recentTimeouts where recent.timeout == timeout { return recent.shape }
        let shape = functionIntegrationOfTimeout[timeout] ?? {
            functionIntegrations.append(WebSocketIntegration.functionShape(timeout: timeout, api: assembly.apiReference))
            functionIntegrationOfTimeout[timeout] = functionIntegrations.count - 1
            return functionIntegrations.count - 1
        }()
        if recentTimeouts.count == Self.recentTimeoutCount { recentTimeouts.removeFirst() }
        recentTimeouts.append((timeout, shape))
        return shape
    }
}
