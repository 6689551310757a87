import APISpecCore

extension OpenAPIBuilder {
    /// A REST CORS preflight: a mock OPTIONS method that answers with the CORS headers, open to
    /// everyone (browsers send preflights without credentials or API keys). But for its id
    /// and parameters, a preflight is the same as every other of the document with the same
    /// methods: its members after those are written once and copied after (`texts`).
    /// `methods` gives the methods routes use on the slot's path.
    func writePreflight<Sink: JSONSink>(
        _ slot: OperationSlot, methods: () -> [String], answer: PreflightAnswer, texts: OperationTexts, into sink: inout Sink
    ) {
        let allowedMethods = answer.allowedMethods(methods)
        sink.object { operation in
            operation.key(constant: "operationId")
            slot.operationId.withUnsafeBufferPointer { operation.value(bytes: $0) }
            writeParameters(path: slot.pathParameters, repeating: texts.parameters, into: &operation)
            operation.members(repeating: texts.preflightAnswers, key: allowedMethods) { operation in
                operation.key(constant: "responses")
                operation.value(repeating: texts.preflightResponses, key: answer.names) { sink in
                    sink.object {
                        $0.object("200") { response in
                            response.member("description", "CORS preflight answer")
                            response.key("headers")
                            writeHeaderObjects(answer.names, into: &response)
                        }
                    }
                }
                operation.key(constant: "security")
                operation.value([])
                operation.key(constant: "x-amazon-apigateway-integration")
                Self.writePreflightIntegration(answer, allowedMethods: allowedMethods, into: &operation)
            }
        }
    }

    private static func writePreflightIntegration<Sink: JSONSink>(
        _ answer: PreflightAnswer, allowedMethods: String, into sink: inout Sink
    ) {
        sink.object { integration in
            integration.member("type", "mock")
            integration.object("requestTemplates") { $0.member("application/json", "{\"statusCode\": 200}") }
            integration.member("passthroughBehavior", "when_no_match")
            integration.object("responses") {
                $0.object("default") { response in
                    response.member("statusCode", "200")
                    response.object("responseParameters") { parameters in
                        for header in answer.headers {
                            parameters.member(header.parameter, .string(header.value ?? allowedMethods))
                        }
                    }
                    if let template = answer.originTemplate {
                        response.object("responseTemplates") { $0.member("application/json", .string(template)) }
                    }
                }
            }
        }
    }
}

/// What every CORS preflight of a document answers, made once for all of them: only the
/// allowed methods differ from path to path (made anew for each, the rest cost 20 thousand
/// instructions a preflight). A class: handed to each preflight, a struct's fields were copied.
final class PreflightAnswer {
    let cors: CorsHeaders
    /// Each header's name, its `responseParameters` key, and its constant value; nil for
    /// `Access-Control-Allow-Methods`, which names the path's own methods.
    let headers: [(name: String, parameter: String, value: String?)]
    let originTemplate: String?
    /// `Access-Control-Allow-Methods`'s value when the policy lists the methods: the same for
    /// every path, whose own methods are then not even looked up.
    private let listedMethods: String?
    /// The headers' names: the key of the preflights' responses, the same for each.
    let names: [String]

    init(_ policy: CorsPolicy) {
        cors = CorsHeaders(policy: policy)
        headers = cors.preflight(methods: []).map { header in
            let value = header.name == CorsHeaders.allowMethods ? nil : CorsHeaders.staticValue(header.value)
            return (header.name, "method.response.header.\(header.name)", value)
        }
        originTemplate = cors.preflightOriginTemplate
        listedMethods = policy.allowMethods.isEmpty ? nil : CorsHeaders.staticValue(cors.allowedMethods([]))
        names = headers.map(\.name)
    }

    /// `Access-Control-Allow-Methods`'s value for a path whose routes use `methods`.
    func allowedMethods(_ methods: () -> [String]) -> String {
        listedMethods ?? CorsHeaders.staticValue(cors.allowedMethods(methods()))
    }
}
