import APISpecCore

extension OpenAPIBuilder {
    /// The operation object of one slot: what clients see, then how API Gateway runs it.
    /// `integrations` and `texts` are the document's (`integrationExtension()`, `OperationTexts`).
    func writeOperation<Sink: JSONSink>(
        _ slot: OperationSlot, route: Route, model: String?, integrations: IntegrationExtension, texts: OperationTexts,
        into sink: inout Sink
    ) {
        let validator = awsExtensions && spec.apiProtocol == .rest ? RequestValidator(route.request) : nil
        let integrated = awsExtensions && route.hasIntegration
        // Read once for the responses and the integration: each read copies the integration.
        let function = route.functionIntegration
        sink.object { operation in
            if !route.tags.isEmpty { operation.member("tags", .array(route.tags.map { .string($0.value) })) }
            if let description = route.description { operation.member("description", .string(description)) }
            operation.key(constant: "operationId")
            slot.operationId.withUnsafeBufferPointer { operation.value(bytes: $0) }
            writeParameters(
                path: slot.pathParameters, request: requestParameters(route), repeating: texts.parameters, into: &operation)
            if let model {
                operation.object("requestBody") { body in
                    body.member("required", true)
                    body.object("content") {
                        $0.object("application/json") { $0.object("schema") { $0.member("$ref", .string("#/components/schemas/\(model)")) } }
                    }
                }
            }
            writeResponses(route, function: function, corsHeaders: integrations.corsHeaders, texts: texts, into: &operation)
            writeSecurityRequirement(for: route, texts: texts, into: &operation)
            if let validator {
                operation.key(constant: "x-amazon-apigateway-request-validator")
                operation.value(.string(validator.rawValue))
            }
            if integrated { integrations.write(for: route, function: function, into: &operation) }
            // Extensions are the spec's `x-` keys: of the operation's own keys, only these two
            // can be among them, and the operation's own win.
            let extensions = route.extensions
            guard !extensions.isEmpty else { return }
            for (key, value) in passthrough(extensions)
            where !(key == "x-amazon-apigateway-request-validator" && validator != nil)
                && !(key == "x-amazon-apigateway-integration" && integrated) {
                operation.member(key, value)
            }
        }
    }

    /// `parameters`: the path's, then the REST request's; none at all when there are neither.
    /// A path's own are the same for each of its operations, copied from the last (`repeated`),
    /// key and all.
    func writeParameters<Sink: JSONSink>(
        path: [String], request: [(name: String, location: String)] = [], repeating repeated: RepeatedValues<[String]>? = nil,
        into sink: inout Sink
    ) {
        guard !path.isEmpty || !request.isEmpty else { return }
        guard let repeated, request.isEmpty else {
            sink.key(constant: "parameters")
            return writeParameterList(path: path, request: request, into: &sink)
        }
        sink.members(repeating: repeated, key: path) {
            $0.key(constant: "parameters")
            writeParameterList(path: path, into: &$0)
        }
    }

    private func writeParameterList<Sink: JSONSink>(
        path: [String], request: [(name: String, location: String)] = [], into sink: inout Sink
    ) {
        sink.array { list in
            for name in path { Self.writeParameter(name, in: "path", into: &list) }
            for parameter in request { Self.writeParameter(parameter.name, in: parameter.location, into: &list) }
        }
    }

    /// REST `request.parameters` (`querystring.name`, `header.Name`) are required parameters;
    /// `path.name` ones are already declared by the path.
    private func requestParameters(_ route: Route) -> [(name: String, location: String)] {
        (route.request?.parameters ?? []).compactMap { written in
            let parts = written.value.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let location = ["querystring": "query", "header": "header"][parts[0]] else { return nil }
            return (parts[1], location)
        }
    }

    private static func writeParameter<Sink: JSONSink>(_ name: String, in location: String, into sink: inout Sink) {
        sink.object { parameter in
            parameter.member("name", .string(name))
            parameter.member("in", .string(location))
            parameter.member("required", true)
            parameter.member("schema", stringSchema)
        }
    }

    /// Shared by every parameter and header that uses it: values are copied on write.
    private static let stringSchema: JSONValue = ["type": "string"]

    /// `responses`: non-proxy integrations answer what they declare; proxies pass the
    /// backend's answer on, copied, key and all, from the last of the same backend.
    /// `function` is the route's `functionIntegration`.
    private func writeResponses<Sink: JSONSink>(
        _ route: Route, function: Located<String>?, corsHeaders: [(name: String, value: String)], texts: OperationTexts,
        into sink: inout Sink
    ) {
        // A function's route is a proxy, asked first: an integration response is looked for
        // in a copy of the route's integration.
        let backend: ProxyBackend
        if let function {
            backend = .function(function.value)
        } else if let response = IntegrationResponse(route: route, apiProtocol: spec.apiProtocol, corsHeaders: corsHeaders) {
            sink.key(constant: "responses")
            return writeResponses(response, into: &sink)
        } else {
            backend = ProxyBackend(route.integration)
        }
        sink.members(repeating: texts.proxyResponses, key: backend, piece: { backend.name }) {
            $0.key(constant: "responses")
            $0.object { $0.object("200") { $0.member("description", .string(backend.responseDescription)) } }
        }
    }

    /// The responses of a non-proxy integration: what it declares.
    private func writeResponses<Sink: JSONSink>(_ response: IntegrationResponse, into sink: inout Sink) {
        sink.object { responses in
            responses.object(String(response.status)) { object in
                object.member("description", "Response of the integration")
                if !response.headers.isEmpty {
                    object.key("headers")
                    writeHeaderObjects(response.headers.map(\.name), into: &object)
                }
            }
        }
    }

    /// Each header once, where it first appears (a mock's own header may repeat a CORS one).
    func writeHeaderObjects<Sink: JSONSink>(_ names: [String], into sink: inout Sink) {
        sink.object { headers in
            for (index, name) in names.enumerated() where !names[..<index].contains(name) {
                headers.object(name) { $0.member("schema", Self.stringSchema) }
            }
        }
    }

    /// REST APIs add CORS headers to the answers API Gateway makes itself; HTTP APIs do it natively.
    var restCorsHeaders: [(name: String, value: String)] {
        guard spec.apiProtocol == .rest, let cors = spec.cors else { return [] }
        return CorsHeaders(policy: cors).response
    }

    /// What writes the operations' `x-amazon-apigateway-integration`: one for a document, as it
    /// keeps the function invoke URIs it made.
    func integrationExtension() -> IntegrationExtension {
        IntegrationExtension(apiProtocol: spec.apiProtocol, targets: targets, corsHeaders: restCorsHeaders)
    }
}
