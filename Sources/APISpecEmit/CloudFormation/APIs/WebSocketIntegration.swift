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
        sink.object { sink in
            sink.member("ApiId", assembly.apiReference)
            switch integration {
            case .function(let name):
                sink.member("IntegrationType", "AWS_PROXY")
                sink.member("IntegrationUri", assembly.lambdaInvokeURI(function: name.value))
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
            if let timeout { sink.member("TimeoutInMillis", .int(timeout)) }
        }
    }
}
