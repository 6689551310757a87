import APISpecCore

/// A WebSocket API as explicit resources (OpenAPI cannot describe one): the API, Lambda
/// authorizers for `$connect`, one integration and one route per route key, a deployment
/// whose logical id follows its routes, and the stages on it.
enum WebSocketAPI {
    static func add(to assembly: TemplateAssembly, permissions: inout InvokePermissions) {
        let spec = assembly.spec
        let routeSelection = JSONValue.string(spec.routeSelection ?? Spec.defaultRouteSelection)
        var apiProperties: JSONObject = ["Name": .string(spec.name)]
        apiProperties["Description"] = spec.description.map(JSONValue.string)
        apiProperties["ProtocolType"] = "WEBSOCKET"
        apiProperties["RouteSelectionExpression"] = routeSelection
        PropertyOverrides.apply(spec.extensions, to: &apiProperties)
        assembly.add(assembly.api, Resource(type: "AWS::ApiGatewayV2::Api", properties: apiProperties))

        // Everything the deployment snapshots, hashed as it is added: its id changes when any
        // of it does.
        var snapshot = DeploymentSnapshot()
        snapshot.add("RouteSelectionExpression", routeSelection)
        let authorizers = addAuthorizers(to: assembly, snapshot: &snapshot, permissions: &permissions)
        let routes = addRoutes(to: assembly, authorizers: authorizers, snapshot: &snapshot, permissions: &permissions)
        let account = CloudWatchRole.addIfNeeded(to: assembly)
        let deployment = assembly.claim("ApiDeployment", suffix: snapshot.hex)
        // A deployment of an API without routes fails: it waits for every route.
        assembly.add(
            deployment, Resource(type: "AWS::ApiGatewayV2::Deployment", properties: ["ApiId": Intrinsic.ref(assembly.api)]),
            dependingOn: routes)
        V2Stages.add(to: assembly, deployment: deployment, account: account)
        permissions.grantRoutes(of: assembly)
    }

    /// Lambda REQUEST authorizers (for `$connect`); returns their logical ids by name.
    private static func addAuthorizers(
        to assembly: TemplateAssembly, snapshot: inout DeploymentSnapshot,
        permissions: inout InvokePermissions
    ) -> [String: String] {
        var ids: [String: String] = [:]
        for authorizer in assembly.spec.authorizers.values
        where authorizer.kind == .lambda && !assembly.spec.isBroken("authorizers", authorizer.name) {
            guard let function = authorizer.function?.value else { continue }
            let id = assembly.claim(LogicalID.pascalCase(authorizer.name), suffix: "Authorizer")
            let resource = Resource(type: "AWS::ApiGatewayV2::Authorizer", properties: [
                "ApiId": Intrinsic.ref(assembly.api),
                "Name": .string(authorizer.name),
                "AuthorizerType": "REQUEST",
                "AuthorizerUri": assembly.targets.authorizerURI(function: function),
                "IdentitySource": .array(authorizer.effectiveIdentitySource.map { .string(routeIdentitySource($0)) }),
            ])
            assembly.add(id, resource, into: &snapshot)
            ids[authorizer.name] = id
            permissions.grantAuthorizer(authorizer, sourcePath: "authorizers/${\(id)}", of: assembly)
        }
        return ids
    }

    /// An integration and a route per route key; returns the routes' logical ids. The words
    /// of each key go to `permissions` too, for its permission's id.
    private static func addRoutes(
        to assembly: TemplateAssembly, authorizers: [String: String],
        snapshot: inout DeploymentSnapshot, permissions: inout InvokePermissions
    ) -> [ClaimedID] {
        if assembly.expectsBounds, !assembly.countsResourcesOnly {
            return addRoutesCountedLast(to: assembly, authorizers: authorizers)
        }
        var routeIDs: [ClaimedID] = []
        var resources = WebSocketRouteResources(assembly: assembly, authorizers: authorizers)
        var base: [UInt8] = []
        for (index, route, integration) in assembly.indexedRoutes {
            // Past a measured template's byte limit only the number of resources matters: two
            // a route, none for a mock (which has none).
            if case .mock = integration { continue }
            guard !assembly.countsResourcesOnly else {
                assembly.countResource()
                assembly.countResource()
                continue
            }
            let ids = claimIDs(route, base: &base, in: assembly)
            permissions.keepWords(base, ofRoute: index, in: assembly)
            resources.add(route, integration, ids: ids, into: &snapshot)
            routeIDs.append(ids.route)
        }
        return routeIDs
    }

    /// `addRoutes` for a measured template that expects bounds: the ids are claimed in
    /// order, as the template claims them, and the routes' lower bound expected; their
    /// resources are made and counted only if the template is within its limit once the
    /// rest of it is counted (`TemplateAssembly.countLastParts`). Once the bound alone puts
    /// the template past its limit, the remaining routes are only counted, as past it.
    private static func addRoutesCountedLast(to assembly: TemplateAssembly, authorizers: [String: String]) -> [ClaimedID] {
        var routes: [(index: Int, integration: Integration, ids: IDs)] = []
        var least = LeastResources(assembly: assembly)
        var bound = 0
        let room = assembly.counters?.room ?? .max
        var pastRoutes = 0
        var base: [UInt8] = []
        for (index, route, integration) in assembly.indexedRoutes {
            if case .mock = integration { continue }
            guard bound <= room else {
                pastRoutes += 1
                continue
            }
            let ids = claimIDs(route, base: &base, in: assembly)
            routes.append((index, integration, ids))
            bound += least.bytes(of: route, integration: integration, ids: ids)
        }
        assembly.expect(bound, resources: 2 * (routes.count + pastRoutes)) { [unowned assembly] in
            var resources = WebSocketRouteResources(assembly: assembly, authorizers: authorizers)
            // A measured template hashes no snapshot: its deployment's id is as long whatever it hashes.
            var unhashed = DeploymentSnapshot()
            for (index, integration, ids) in routes {
                resources.add(assembly.spec.routes[index], integration, ids: ids, into: &unhashed)
            }
        }
        return routes.map(\.ids.route)
    }

    typealias IDs = (integration: ClaimedID, route: ClaimedID)

    /// The base as bytes, made in `base`, a buffer kept from route to route: each id is then
    /// made from them and its suffix at once.
    private static func claimIDs(_ route: Route, base: inout [UInt8], in assembly: TemplateAssembly) -> IDs {
        base.removeAll(keepingCapacity: true)
        LogicalID.appendRouteKey(route.key, to: &base)
        return (assembly.claimID(base, suffix: "Integration"), assembly.claimID(base, suffix: "Route"))
    }

    /// The least a route to a function writes of its two resources: its integration without
    /// a timeout (made once a function) and its route without authorization or description,
    /// with the route key's and the integration id's bytes. Other integrations count nothing.
    struct LeastResources {
        let assembly: TemplateAssembly
        private var integrations: [String: Int] = [:]
        private var route: Int?

        init(assembly: TemplateAssembly) { self.assembly = assembly }

        mutating func bytes(of route: Route, integration: Integration, ids: IDs) -> Int {
            guard case .function(let name) = integration, let counters = assembly.counters else { return 0 }
            let integrationBytes = integrations[name.value] ?? {
                let properties = WebSocketIntegration(integration: integration, timeout: nil, assembly: assembly).object
                let bytes = counters.resourceBytes(Resource(type: WebSocketIntegration.type, properties: properties).json)
                integrations[name.value] = bytes
                return bytes
            }()
            let routeBytes = self.route ?? {
                let properties = WebSocketRoute(
                    key: "", auth: nil, description: nil, integration: "", authorizers: [:], api: assembly.apiReference).object
                return counters.resourceBytes(Resource(type: WebSocketRoute.type, properties: properties).json)
            }()
            self.route = routeBytes
            // The integration's id is letters and digits, which JSON writes as they are.
            let integrationID = assembly.withBytes(of: ids.integration) { $0.count }
            return integrationBytes + routeBytes + JSONWriter.contentByteCount(route.key.raw) + integrationID
        }
    }

    /// WebSocket identity sources are REST's (`IdentitySource.rest`) read from the route
    /// request: `$request.header.X` is `route.request.header.X`.
    static func routeIdentitySource(_ source: String) -> String {
        let rest = IdentitySource.rest(source)
        let methodRequest = "method.request."
        guard rest.hasPrefix(methodRequest) else { return rest }
        return "route.request." + rest.dropFirst(methodRequest.count)
    }
}
