import APISpecCore

/// A WebSocket route's integration: Lambda proxy, HTTP proxy or AWS service (a mock has
/// none). Made where it goes (`MadeProperties`): a large API has one per route.
struct WebSocketIntegration: MadeProperties {
    static let type = "AWS::ApiGatewayV2::Integration"

    let integration: Integration
    let timeout: Int?
    let assembly: TemplateAssembly

    func make<Sink: JSONSink>(into sink: inout Sink) {
        let text = assembly.text
        Self.make(api: assembly.apiReference, timeout: timeout, into: &sink) { sink in
            switch integration {
            case .function(let name):
                Self.function(invokedARN: assembly.targets.invokedARN(name.value), into: &sink)
            case .http(let http):
                sink.member("IntegrationType", "HTTP_PROXY")
                sink.member("IntegrationMethod", .string(http.method ?? "POST"))
                sink.member("IntegrationUri", text.value(http.url.value))
            case .aws(let aws):
                sink.member("IntegrationType", "AWS")
                sink.member("IntegrationMethod", .string(aws.httpMethod ?? "POST"))
                sink.member("IntegrationUri", assembly.targets.awsServiceURI(aws.serviceResource))
                if let role = aws.role { sink.member("CredentialsArn", text.value(role.value)) }
                if !aws.parameters.isEmpty {
                    sink.member("RequestParameters", .object(JSONObject(aws.parameters.mapValues { text.value($0) })))
                }
            case .mock:
                preconditionFailure("a mock integration has no resource")
            }
        }
    }

    /// An integration to a function with `timeout`, made from the function's ARN as `Fn::Sub`
    /// names it (string 0, `CloudFormationTargets.invokedARN`): a template that is written or
    /// measured writes or counts it from its text, cut where the ARN goes (`ResourceShape`),
    /// instead of making it. The integrations of a large API's routes differ in little else.
    static func functionShape(timeout: Int?, api: JSONValue) -> ResourceShape {
        ResourceShape(strings: 1) { strings in
            Resource(type: type, properties: ToFunction(invokedARN: strings[0], timeout: timeout, api: api).object)
        }
    }

    private struct ToFunction: MadeProperties {
        let invokedARN: String
        let timeout: Int?
        let api: JSONValue

        func make<Sink: JSONSink>(into sink: inout Sink) {
            WebSocketIntegration.make(api: api, timeout: timeout, into: &sink) { function(invokedARN: invokedARN, into: &$0) }
        }
    }

    /// The properties, the members of their kind of integration made by `members`.
    private static func make<Sink: JSONSink>(
        api: JSONValue, timeout: Int?, into sink: inout Sink, members: (inout Sink) -> Void
    ) {
        sink.object { sink in
            sink.member("ApiId", api)
            members(&sink)
            if let timeout { sink.member("TimeoutInMillis", .int(timeout)) }
        }
    }

    private static func function<Sink: JSONSink>(invokedARN: String, into sink: inout Sink) {
        sink.member("IntegrationType", "AWS_PROXY")
        sink.member("IntegrationUri", Intrinsic.lambdaInvocationURI(functionARN: invokedARN))
    }
}
