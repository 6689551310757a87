import APISpecCore

extension OpenAPIBuilder {
    /// A REST CORS preflight: a mock OPTIONS method that answers with the CORS headers, open to
    /// everyone (browsers send preflights without credentials or API keys).
    func preflight(_ slot: OperationSlot, methods: [String], cors: CorsPolicy) -> JSONValue {
        let headers = CorsHeaders(policy: cors)
        let answer = headers.preflight(methods: methods)
        var response: JSONObject = ["statusCode": "200"]
        var parameters: JSONObject = [:]
        for header in answer {
            parameters["method.response.header.\(header.name)"] = .string(CorsHeaders.staticValue(header.value))
        }
        response["responseParameters"] = .object(parameters)
        if let template = headers.preflightOriginTemplate { response["responseTemplates"] = ["application/json": .string(template)] }

        var operation: JSONObject = ["operationId": .string(slot.operationId)]
        let pathParameters = pathParameterObjects(slot)
        if !pathParameters.isEmpty { operation["parameters"] = .array(pathParameters) }
        operation["responses"] = ["200": ["description": "CORS preflight answer", "headers": headerObjects(answer.map(\.name))]]
        operation["security"] = []
        operation["x-amazon-apigateway-integration"] = [
            "type": "mock",
            "requestTemplates": ["application/json": "{\"statusCode\": 200}"],
            "passthroughBehavior": "when_no_match",
            "responses": ["default": .object(response)],
        ]
        return .object(operation)
    }
}
