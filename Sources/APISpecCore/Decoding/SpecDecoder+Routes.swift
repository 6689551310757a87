import OrderedCollections

extension SpecDecoder {
    func decodeRoutes(_ entries: TakenEntries, defaults: Defaults, _ context: DecodingContext) -> [Route] {
        var routes = RouteEntries(defaults: defaults, capacity: entries.count)
        for (name, key, value) in entries { routes.add(name, key: key, value: value, context) }
        return routes.routes
    }

    /// `routes:` decoded an entry at a time, in order: by `decodeRoutes`, or as the loader
    /// completes each entry (`SectionsDuringLoad`).
    struct RouteEntries {
        /// What each route inherits from `defaults`.
        let inherited: Route.Inherited
        private(set) var routes: [Route] = []
        /// The last route's path, which the next key shares if it is the same (`RouteKey.init(_:afterPath:)`).
        private var lastPath: RoutePath?

        init(defaults: Defaults, capacity: Int = 0) {
            inherited = Route.Inherited(defaults)
            routes.reserveCapacity(capacity)
        }

        /// The route of entry `name`, which is not an `x-` key.
        mutating func add(_ name: String, key: YAMLNode, value: YAMLNode, _ context: DecodingContext) {
            let routeKey = RouteKey(name, afterPath: lastPath)
            lastPath = routeKey.path
            var route = Route(key: routeKey, location: key.location, inheriting: inherited)
            context.entity("routes", name) { SpecDecoder().decodeRoute(&route, value, context) }
            routes.append(route)
        }
    }

    /// Reads the route's own fields from `node` into `route`, which holds what it inherits.
    fileprivate func decodeRoute(_ route: inout Route, _ node: YAMLNode, _ context: DecodingContext) {
        guard let fields = context.fields(node, path: "routes.*", what: "route `\(route.key.raw)`") else { return }
        decodeRoute(&route, consume fields, context)
    }

    /// `decodeRoute`'s reading of a route's `fields`, taken (`consuming`): let go here as they
    /// are, where a `Fields?` left to its scope's end was let go through the runtime's generic
    /// `Optional` (some 170 instructions, every route).
    private func decodeRoute(_ route: inout Route, _ fields: consuming Fields, _ context: DecodingContext) {
        fields.record(into: &route.provenance)

        if let value = fields[RouteField.function], let name = context.located(value, "`function`") {
            route.integrations.append(.function(name))
        }
        if let value = fields[RouteField.http], let http = decodeHTTPIntegration(value, context) {
            route.integrations.append(.http(http))
        }
        if let value = fields[RouteField.mock], let mock = decodeMock(value, context) {
            route.integrations.append(.mock(mock))
        }
        if let value = fields[RouteField.aws], let aws = decodeAWSIntegration(value, context) {
            route.integrations.append(.aws(aws))
        }
        if let value = fields[RouteField.auth], let text = context.string(value, "`auth`") {
            route.auth = Located(AuthChoice(text), at: value.location)
        }
        if let value = fields[RouteField.scopes] { route.scopes = context.stringList(value, "`scopes`") ?? [] }
        if let value = fields[RouteField.timeout] { route.timeoutMilliseconds = context.milliseconds(value, "`timeout`") }
        if let value = fields[RouteField.payloadVersion] { route.payloadVersion = context.payloadVersion(value, "payload version") }
        // What few routes write is set only when written: each setter rebuilds the out-of-line part.
        if !fields.extensions.isEmpty { route.extensions = fields.extensions }
        if let value = fields[RouteField.apiKeyRequired] { route.apiKeyRequired = context.bool(value, "`apiKeyRequired`") }
        if let value = fields[RouteField.request] { route.request = decodeRequestValidation(value, context) }
        if let value = fields[RouteField.mapping] { route.mapping = decodeMapping(value, context) }
        if let value = fields[RouteField.throttling] { route.throttling = decodeThrottling(value, path: "routes.*.throttling", context) }
        if let value = fields[RouteField.description] { route.description = context.string(value, "`description`") }
        if let value = fields[RouteField.tags] { route.tags = context.stringList(value, "`tags`") ?? [] }
    }

    private func decodeHTTPIntegration(_ node: YAMLNode, _ context: DecodingContext) -> HTTPIntegration? {
        if node.scalarText != nil {
            return context.located(node, "`http`").map { HTTPIntegration(url: $0) }
        }
        guard let fields = context.fields(node, path: "routes.*.http", what: "`http`") else { return nil }
        context.require("url", in: fields, what: "`http`", example: "url: https://backend.example.com/{proxy}")
        guard let url = fields["url"].flatMap({ context.located($0, "`url`") }) else { return nil }
        return HTTPIntegration(url: url, method: fields["method"].flatMap { context.string($0, "`method`") })
    }

    private func decodeMock(_ node: YAMLNode, _ context: DecodingContext) -> MockIntegration? {
        guard let fields = context.fields(node, path: "routes.*.mock", what: "`mock`") else { return nil }
        var mock = MockIntegration(provenance: fields.provenance(node.location))
        if let status = fields["status"].flatMap({ context.int($0, "`status`", example: "`status: 200`") }) {
            mock.status = status
        }
        mock.headers = fields["headers"].flatMap { context.stringMap($0, "`headers`") }?.mapValues(\.value) ?? [:]
        mock.body = fields["body"].flatMap { context.string($0, "`body`") }
        return mock
    }

    private func decodeAWSIntegration(_ node: YAMLNode, _ context: DecodingContext) -> AWSIntegration? {
        guard let fields = context.fields(node, path: "routes.*.aws", what: "`aws`") else { return nil }
        context.require("service", in: fields, what: "an `aws` integration", example: "service: sqs")
        context.require("role", in: fields, what: "an `aws` integration", example: "role: ${param:IntegrationRole}")
        if fields["action"] == nil, fields["path"] == nil {
            context.error("missing-key", "an `aws` integration needs `action` or `path`", at: node.location,
                          hint: "add `action: SendMessage` (the service API action) or `path:` (a path-style URI)")
        }
        guard let service = fields["service"].flatMap({ context.string($0, "`service`") }) else { return nil }
        var aws = AWSIntegration(service: service, provenance: fields.provenance(node.location))
        aws.action = fields["action"].flatMap { context.string($0, "`action`") }
        aws.path = fields["path"].flatMap { context.string($0, "`path`") }
        aws.role = fields["role"].flatMap { context.located($0, "`role`") }
        aws.httpMethod = fields["httpMethod"].flatMap { context.string($0, "`httpMethod`") }
        aws.parameters = fields["parameters"].flatMap { context.stringMap($0, "`parameters`") }?.mapValues(\.value) ?? [:]
        return aws
    }

    private func decodeRequestValidation(_ node: YAMLNode, _ context: DecodingContext) -> RequestValidation? {
        guard let fields = context.fields(node, path: "routes.*.request", what: "`request`") else { return nil }
        var request = RequestValidation(provenance: fields.provenance(node.location))
        request.parameters = fields["parameters"].flatMap { context.stringList($0, "`parameters`") } ?? []
        if let body = fields["body"] {
            if body.pairs == nil {
                context.wrongType(body, "`body`", expected: "a JSON Schema mapping", example: "`{type: object, required: [name]}`")
            } else {
                request.body = body
            }
        }
        return request
    }

    private func decodeMapping(_ node: YAMLNode, _ context: DecodingContext) -> MappingTemplates? {
        guard let fields = context.fields(node, path: "routes.*.mapping", what: "`mapping`") else { return nil }
        var mapping = MappingTemplates(provenance: fields.provenance(node.location))
        mapping.request = fields["request"].flatMap { context.stringMap($0, "`mapping.request`") }?.mapValues(\.value) ?? [:]
        mapping.response = fields["response"].flatMap { context.stringMap($0, "`mapping.response`") }?.mapValues(\.value) ?? [:]
        return mapping
    }

    func decodeThrottling(_ node: YAMLNode, path: String, _ context: DecodingContext) -> Throttling? {
        guard let fields = context.fields(node, path: path, what: "`throttling`") else { return nil }
        return Throttling(
            rate: fields["rate"].flatMap { context.double($0, "`rate`", example: "`rate: 100` (requests per second)") },
            burst: fields["burst"].flatMap { context.int($0, "`burst`", example: "`burst: 200`") },
            provenance: fields.provenance(node.location))
    }

    func decodeCors(_ node: YAMLNode, _ context: DecodingContext) -> CorsPolicy? {
        context.entity("cors", "policy") {
            guard let fields = context.fields(node, path: "cors", what: "`cors`") else { return nil }
            var cors = CorsPolicy(provenance: fields.provenance(node.location))
            cors.allowOrigins = fields["allowOrigins"].flatMap { context.stringList($0, "`allowOrigins`") } ?? []
            cors.allowMethods = fields["allowMethods"].flatMap { context.stringList($0, "`allowMethods`") } ?? []
            cors.allowHeaders = fields["allowHeaders"].flatMap { context.stringList($0, "`allowHeaders`") } ?? []
            cors.exposeHeaders = fields["exposeHeaders"].flatMap { context.stringList($0, "`exposeHeaders`") } ?? []
            cors.allowCredentials = fields["allowCredentials"].flatMap { context.bool($0, "`allowCredentials`") } ?? false
            cors.maxAge = fields["maxAge"].flatMap { context.int($0, "`maxAge`", example: "`maxAge: 600` (seconds)") }
            return cors
        }
    }
}
