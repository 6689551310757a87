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

        // Everything the deployment snapshots, hashed as it is added (a large API's routes
        // are never held together): its id changes when any of it does. A measured template
        // hashes none of it: the id is as long whatever it hashes.
        var snapshot = HashedObject()
        snapshot.add("RouteSelectionExpression", routeSelection)
        let authorizers = addAuthorizers(to: assembly, snapshot: &snapshot, permissions: &permissions)
        let routes = addRoutes(to: assembly, authorizers: authorizers, snapshot: &snapshot)
        let account = CloudWatchRole.addIfNeeded(to: assembly)
        let deployment = assembly.claim("ApiDeployment", suffix: snapshot.hex)
        // A deployment of an API without routes fails: it waits for every route.
        assembly.add(deployment, Resource(
            type: "AWS::ApiGatewayV2::Deployment",
            properties: ["ApiId": Intrinsic.ref(assembly.api)],
            dependsOn: routes))
        V2Stages.add(to: assembly, deployment: deployment, account: account)
        permissions.grantRoutes(of: assembly)
    }

    /// Lambda REQUEST authorizers (for `$connect`); returns their logical ids by name.
    private static func addAuthorizers(
        to assembly: TemplateAssembly, snapshot: inout HashedObject,
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
            assembly.add(id, resource)
            if !assembly.isMeasured { snapshot.add(id, resource.json) }
            ids[authorizer.name] = id
            permissions.grantAuthorizer(authorizer, sourcePath: "authorizers/${\(id)}", of: assembly)
        }
        return ids
    }

    /// An integration and a route per route key; returns the routes' logical ids.
    private static func addRoutes(
        to assembly: TemplateAssembly, authorizers: [String: String],
        snapshot: inout HashedObject
    ) -> [String] {
        var routeIDs: [String] = []
        for (route, integration) in assembly.routes {
            // Past a measured template's byte limit only the number of resources matters: two
            // a route, none for a mock (which `integration` makes none for).
            guard !assembly.countsResourcesOnly else {
                if case .mock = integration { continue }
                assembly.countResource()
                assembly.countResource()
                continue
            }
            guard let integrationProperties = self.integration(integration, route: route, assembly: assembly) else {
                continue
            }
            let base = LogicalID.routeKey(route.key)
            let integrationID = assembly.claim(base, suffix: "Integration")
            let integrationResource = Resource(type: "AWS::ApiGatewayV2::Integration", properties: integrationProperties)
            let routeID = assembly.claim(base, suffix: "Route")
            let routeResource = Resource(
                type: "AWS::ApiGatewayV2::Route",
                properties: routeProperties(route, integration: integrationID, authorizers: authorizers, api: assembly.api))
            assembly.add(integrationID, integrationResource)
            assembly.add(routeID, routeResource)
            if !assembly.isMeasured {
                snapshot.add(integrationID, integrationResource.json)
                snapshot.add(routeID, routeResource.json)
            }
            routeIDs.append(routeID)
        }
        return routeIDs
    }

    private static func routeProperties(
        _ route: Route, integration: String, authorizers: [String: String], api: String
    ) -> JSONObject {
        var properties: JSONObject = [
            "ApiId": Intrinsic.ref(api),
            "RouteKey": .string(route.key.raw),
        ]
        // Only `$connect` is authorized: the connection, once open, is trusted.
        if route.key.raw == "$connect" {
            switch route.auth?.value {
            case .iam: properties["AuthorizationType"] = "AWS_IAM"
            case .authorizer(let name):
                if let id = authorizers[name] {
                    properties["AuthorizationType"] = "CUSTOM"
                    properties["AuthorizerId"] = Intrinsic.ref(id)
                }
            case .some(.none), nil: properties["AuthorizationType"] = "NONE"
            }
        }
        properties["OperationName"] = route.description.map(JSONValue.string)
        properties["Target"] = Intrinsic.sub("integrations/${\(integration)}")
        return properties
    }

    /// Lambda proxy, HTTP proxy or AWS service integrations; nil for kinds WebSocket APIs lack.
    private static func integration(
        _ integration: Integration, route: Route, assembly: TemplateAssembly
    ) -> JSONObject? {
        var properties: JSONObject = ["ApiId": Intrinsic.ref(assembly.api)]
        switch integration {
        case .function(let name):
            properties["IntegrationType"] = "AWS_PROXY"
            properties["IntegrationUri"] = assembly.targets.lambdaInvokeURI(function: name.value)
        case .http(let http):
            properties["IntegrationType"] = "HTTP_PROXY"
            properties["IntegrationMethod"] = .string(http.method ?? "POST")
            properties["IntegrationUri"] = assembly.text.value(http.url.value)
        case .aws(let aws):
            properties["IntegrationType"] = "AWS"
            properties["IntegrationMethod"] = .string(aws.httpMethod ?? "POST")
            properties["IntegrationUri"] = assembly.targets.awsServiceURI(aws.serviceResource)
            properties["CredentialsArn"] = aws.role.map { assembly.text.value($0.value) }
            if !aws.parameters.isEmpty {
                properties["RequestParameters"] = .object(JSONObject(aws.parameters.mapValues { assembly.text.value($0) }))
            }
        case .mock:
            return nil
        }
        properties["TimeoutInMillis"] = route.timeoutMilliseconds.map(JSONValue.int)
        return properties
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
