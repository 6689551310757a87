import APISpecCore

extension OpenAPIBuilder {
    /// Root-level `x-amazon-apigateway-*` settings of the whole API.
    func apiSettings(uses: RouteUses) -> JSONObject {
        var settings: JSONObject = [:]
        switch spec.apiProtocol {
        case .http:
            settings["x-amazon-apigateway-importexport-version"] = "1.0"
            settings["x-amazon-apigateway-cors"] = spec.cors.map(httpCors)
        case .rest:
            // Keys are read from `x-api-key`; usage plans and keys themselves are deployment resources.
            if uses.apiKey {
                settings["x-amazon-apigateway-api-key-source"] = "HEADER"
            }
            if !spec.binaryMediaTypes.isEmpty {
                settings["x-amazon-apigateway-binary-media-types"] = .array(spec.binaryMediaTypes.map { .string($0.value) })
            }
            if !uses.validators.isEmpty {
                settings["x-amazon-apigateway-request-validators"] = .object(
                    JSONObject(uses.validators.map { ($0.rawValue, $0.definition) }))
            }
            let responses = gatewayResponses
            if !responses.isEmpty { settings["x-amazon-apigateway-gateway-responses"] = .object(responses) }
        case .websocket:
            break
        }
        return settings
    }

    /// `x-amazon-apigateway-cors`: HTTP APIs answer preflights and add the headers themselves.
    private func httpCors(_ cors: CorsPolicy) -> JSONValue {
        var object: JSONObject = [:]
        for (key, values) in [("allowOrigins", cors.allowOrigins), ("allowMethods", cors.allowMethods),
                              ("allowHeaders", cors.allowHeaders), ("exposeHeaders", cors.exposeHeaders)]
        where !values.isEmpty {
            object[key] = .array(values.map { .string($0.value) })
        }
        if cors.allowCredentials { object["allowCredentials"] = true }
        object["maxAge"] = cors.maxAge.map(JSONValue.int)
        return .object(object)
    }

    /// Declared gateway responses, and with CORS the DEFAULT_4XX / DEFAULT_5XX ones, so that
    /// browsers can read API Gateway's own errors (401, 403, 429, 504...).
    private var gatewayResponses: JSONObject {
        var declared = spec.gatewayResponses.values.map { (type: $0.type, status: $0.status, headers: $0.headers, body: $0.body) }
        if spec.cors != nil {
            for type in ["DEFAULT_4XX", "DEFAULT_5XX"] where spec.gatewayResponses[type] == nil {
                declared.append((type: type, status: nil, headers: [], body: nil))
            }
        }
        var responses: JSONObject = [:]
        for response in declared {
            var object: JSONObject = [:]
            object["statusCode"] = response.status.map { .string(String($0)) }
            let headers = response.headers + restCorsHeaders
            if !headers.isEmpty {
                var parameters: JSONObject = [:]
                for header in headers {
                    parameters["gatewayresponse.header.\(header.name)"] = .string(CorsHeaders.staticValue(header.value))
                }
                object["responseParameters"] = .object(parameters)
            }
            if let body = response.body { object["responseTemplates"] = ["application/json": targets.text(body)] }
            responses[response.type] = .object(object)
        }
        return responses
    }
}
