import APISpecCore

/// `x-amazon-apigateway-integration`: how API Gateway forwards one route, in the format it
/// imports for REST and HTTP APIs (the CloudFormation emitter embeds the same document).
public struct IntegrationExtension {
    public let apiProtocol: APIProtocol
    public let targets: any DeployTargets
    /// REST: CORS headers API Gateway adds to non-proxy integration responses.
    public let corsHeaders: [(name: String, value: String)]

    public init(apiProtocol: APIProtocol, targets: any DeployTargets, corsHeaders: [(name: String, value: String)]) {
        self.apiProtocol = apiProtocol
        self.targets = targets
        self.corsHeaders = corsHeaders
    }

    /// Lambda proxy routes of HTTP APIs default to the 2.0 event; HTTP proxies only speak 1.0.
    public static let defaultLambdaPayloadVersion = "2.0"
    public static let httpProxyPayloadVersion = "1.0"

    public func object(for route: Route) -> JSONValue? {
        guard let integration = route.integration else { return nil }
        var object: JSONObject
        switch integration {
        case .function(let name):
            object = ["type": "aws_proxy", "httpMethod": "POST", "uri": targets.lambdaInvokeURI(function: name.value)]
            if apiProtocol == .http {
                object["payloadFormatVersion"] = .string(route.payloadVersion ?? Self.defaultLambdaPayloadVersion)
            }
        case .http(let http):
            object = httpProxy(http, route: route)
        case .mock(let mock):
            object = ["type": "mock"]
            object["requestTemplates"] = requestTemplates(route) ?? ["application/json": .string("{\"statusCode\": \(mock.status)}")]
            object["passthroughBehavior"] = "when_no_match"
        case .aws(let aws):
            object = apiProtocol == .http ? httpServiceIntegration(aws) : restServiceIntegration(aws, route: route)
        }
        if let response = IntegrationResponse(route: route, apiProtocol: apiProtocol, corsHeaders: corsHeaders) {
            object["responses"] = ["default": response.integrationObject(targets: targets)]
        }
        object["timeoutInMillis"] = route.timeoutMilliseconds.map(JSONValue.int)
        return .object(object)
    }

    private func httpProxy(_ http: HTTPIntegration, route: Route) -> JSONObject {
        let method = http.method ?? route.key.method.flatMap { $0.isEmpty ? nil : $0 } ?? "ANY"
        var object: JSONObject = [
            "type": "http_proxy", "httpMethod": .string(method), "uri": targets.text(http.url.value),
        ]
        if apiProtocol == .http {
            object["payloadFormatVersion"] = .string(Self.httpProxyPayloadVersion)
        } else {
            // REST fills `{name}` in the backend URL only from an explicit mapping of the route's path parameter.
            let routeParameters = Set(route.key.path?.parameterNames ?? [])
            let mapped = Self.urlPlaceholders(http.url.value).filter(routeParameters.contains)
            if !mapped.isEmpty {
                var parameters: JSONObject = [:]
                for name in mapped { parameters["integration.request.path.\(name)"] = .string("method.request.path.\(name)") }
                object["requestParameters"] = .object(parameters)
            }
        }
        return object
    }

    /// `{name}` placeholders of a backend URL, not counting `${...}` references.
    static func urlPlaceholders(_ url: String) -> [String] {
        var names: [String] = []
        var previous: Character?
        var current: String?
        for character in url {
            if character == "{", previous != "$" {
                current = ""
            } else if character == "}", let name = current {
                if !names.contains(name) { names.append(name) }
                current = nil
            } else if current != nil {
                current?.append(character)
            }
            previous = character
        }
        return names
    }

    private func restServiceIntegration(_ aws: AWSIntegration, route: Route) -> JSONObject {
        let resource = aws.serviceResource
        var object: JSONObject = [
            "type": "aws", "httpMethod": .string(aws.httpMethod ?? "POST"), "uri": targets.awsServiceURI(resource),
        ]
        object["credentials"] = aws.role.map { targets.text($0.value) }
        if !aws.parameters.isEmpty { object["requestParameters"] = .object(JSONObject(aws.parameters.mapValues(JSONValue.string))) }
        let templates = requestTemplates(route)
        object["requestTemplates"] = templates
        object["passthroughBehavior"] = templates == nil ? "when_no_match" : "when_no_templates"
        return object
    }

    /// HTTP APIs reach AWS services through first-class integrations named by subtype.
    private func httpServiceIntegration(_ aws: AWSIntegration) -> JSONObject {
        let prefix = Self.subtypePrefixes[aws.service] ?? aws.service
        var object: JSONObject = [
            "type": "aws_proxy", "integrationSubtype": .string("\(prefix)-\(aws.action ?? "")"),
        ]
        object["credentials"] = aws.role.map { targets.text($0.value) }
        if !aws.parameters.isEmpty {
            object["requestParameters"] = .object(JSONObject(aws.parameters.mapValues { targets.text($0) }))
        }
        object["payloadFormatVersion"] = .string(Self.httpProxyPayloadVersion)
        return object
    }

    /// Service namespace -> the prefix of HTTP API integration subtypes (`SQS-SendMessage`).
    static let subtypePrefixes = [
        "sqs": "SQS", "events": "EventBridge", "kinesis": "Kinesis", "states": "StepFunctions", "appconfig": "AppConfig",
    ]

    private func requestTemplates(_ route: Route) -> JSONValue? {
        guard let mapping = route.mapping, !mapping.request.isEmpty else { return nil }
        return .object(JSONObject(mapping.request.mapValues { targets.text($0) }))
    }
}

extension AWSIntegration {
    /// The service part of an AWS integration URI: `sqs:action/SendMessage` or `s3:path/bucket/key`.
    var serviceResource: String {
        action.map { "\(service):action/\($0)" } ?? "\(service):path/\(path ?? "")"
    }
}
