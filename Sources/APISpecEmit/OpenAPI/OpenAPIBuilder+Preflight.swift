import APISpecCore

extension OpenAPIBuilder {
    /// A REST CORS preflight: a mock OPTIONS method that answers with the CORS headers, open to
    /// everyone (browsers send preflights without credentials or API keys).
    func writePreflight<Sink: JSONSink>(_ slot: OperationSlot, methods: [String], cors: CorsPolicy, into sink: inout Sink) {
        let headers = CorsHeaders(policy: cors)
        let answer = headers.preflight(methods: methods)
        sink.object { operation in
            operation.member("operationId", .string(slot.operationId))
            writeParameters(path: slot.pathParameters, into: &operation)
            operation.object("responses") {
                $0.object("200") { response in
                    response.member("description", "CORS preflight answer")
                    response.key("headers")
                    writeHeaderObjects(answer.map(\.name), into: &response)
                }
            }
            operation.member("security", [])
            operation.object("x-amazon-apigateway-integration") { integration in
                integration.member("type", "mock")
                integration.object("requestTemplates") { $0.member("application/json", "{\"statusCode\": 200}") }
                integration.member("passthroughBehavior", "when_no_match")
                integration.object("responses") {
                    $0.object("default") { response in
                        response.member("statusCode", "200")
                        response.object("responseParameters") { parameters in
                            for header in answer {
                                parameters.member("method.response.header.\(header.name)", .string(CorsHeaders.staticValue(header.value)))
                            }
                        }
                        if let template = headers.preflightOriginTemplate {
                            response.object("responseTemplates") { $0.member("application/json", .string(template)) }
                        }
                    }
                }
            }
        }
    }
}
