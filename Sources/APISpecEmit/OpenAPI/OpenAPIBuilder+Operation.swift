import APISpecCore

extension OpenAPIBuilder {
    /// The operation object of one slot: what clients see, then how API Gateway runs it.
    func operation(_ slot: OperationSlot, route: Route, model: String?, shared: SharedOperationParts) -> JSONValue {
        // Room for every member up front: growing one by one reallocates it several times.
        var operation = JSONObject(minimumCapacity: 10)
        if !route.tags.isEmpty { operation["tags"] = .array(route.tags.map { .string($0.value) }) }
        operation["description"] = route.description.map(JSONValue.string)
        operation["operationId"] = .string(slot.operationId)
        let parameters = pathParameterObjects(slot) + requestParameterObjects(route)
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        if let model {
            operation["requestBody"] = [
                "required": true,
                "content": ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(model)")]]],
            ]
        }
        operation["responses"] = responses(route, shared: shared)
        operation["security"] = securityRequirement(for: route)
        if awsExtensions {
            if spec.apiProtocol == .rest, let validator = RequestValidator(route.request) {
                operation["x-amazon-apigateway-request-validator"] = .string(validator.rawValue)
            }
            operation["x-amazon-apigateway-integration"] = shared.integration(for: route)
        }
        let extensions = passthrough(route.extensions)
        return .object(extensions.isEmpty ? operation : operation.merging(extensions) { own, _ in own })
    }

    func pathParameterObjects(_ slot: OperationSlot) -> [JSONValue] {
        slot.pathParameters.map { parameter(name: $0, in: "path") }
    }

    /// REST `request.parameters` (`querystring.name`, `header.Name`) are required parameters;
    /// `path.name` ones are already declared by the path.
    private func requestParameterObjects(_ route: Route) -> [JSONValue] {
        (route.request?.parameters ?? []).compactMap { written in
            let parts = written.value.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let location = ["querystring": "query", "header": "header"][parts[0]] else { return nil }
            return parameter(name: parts[1], in: location)
        }
    }

    private func parameter(name: String, in location: String) -> JSONValue {
        ["name": .string(name), "in": .string(location), "required": true, "schema": Self.stringSchema]
    }

    /// Made once and shared by every parameter and header that uses it: values are copied
    /// on write, and a document holds hundreds of thousands of them.
    private static let stringSchema: JSONValue = ["type": "string"]

    /// Non-proxy integrations answer what they declare; proxies pass the backend's answer on.
    private func responses(_ route: Route, shared: SharedOperationParts) -> JSONValue {
        guard let response = IntegrationResponse(route: route, apiProtocol: spec.apiProtocol, corsHeaders: shared.corsHeaders) else {
            let function = route.integration?.functionName
            if let function, let made = shared.proxyResponses[function] { return made }
            let made: JSONValue = ["200": ["description": .string(proxyResponseDescription(route))]]
            if let function { shared.proxyResponses[function] = made }
            return made
        }
        var object: JSONObject = ["description": "Response of the integration"]
        if !response.headers.isEmpty { object["headers"] = headerObjects(response.headers.map(\.name)) }
        return .object([String(response.status): .object(object)])
    }

    private func proxyResponseDescription(_ route: Route) -> String {
        switch route.integration {
        case .function(let name)?: return "Response of function \(name.value)"
        case .aws(let aws)?: return "Response of the \(aws.service) service"
        default: return "Response of the HTTP backend"
        }
    }

    func headerObjects(_ names: [String]) -> JSONValue {
        var headers: JSONObject = [:]
        for name in names { headers[name] = ["schema": Self.stringSchema] }
        return .object(headers)
    }

    /// REST APIs add CORS headers to the answers API Gateway makes itself; HTTP APIs do it natively.
    var restCorsHeaders: [(name: String, value: String)] {
        guard spec.apiProtocol == .rest, let cors = spec.cors else { return [] }
        return CorsHeaders(policy: cors).response
    }

    /// What the operations of a document share, made once for it.
    func sharedOperationParts() -> SharedOperationParts {
        let corsHeaders = restCorsHeaders
        return SharedOperationParts(
            corsHeaders: corsHeaders,
            integrations: IntegrationExtension(apiProtocol: spec.apiProtocol, targets: targets, corsHeaders: corsHeaders))
    }
}
