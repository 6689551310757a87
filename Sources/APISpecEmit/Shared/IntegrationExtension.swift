import APISpecCore

/// `x-amazon-apigateway-integration`: how API Gateway forwards one route, in the format it
/// imports for REST and HTTP APIs (the CloudFormation emitter embeds the same document).
/// One writes every operation of a document.
public struct IntegrationExtension {
    public let apiProtocol: APIProtocol
    public let targets: any DeployTargets
    /// REST: CORS headers API Gateway adds to non-proxy integration responses.
    public let corsHeaders: [(name: String, value: String)]
    /// The invoke URI made last, and the texts written last: routes share functions, and an
    /// invoke URI is made of pieces.
    private let functionProxies = FunctionProxies()

    private final class FunctionProxies {
        /// Not every function's URI kept by name: a large API's routes come function by
        /// function, and a table of 10,000 URIs cost 4-7 ms of a 100,000-route template (its
        /// inserts, the strings it held); a function whose routes are apart, and past the last
        /// few written (`writtenURIs`), has its URI made again.
        var last = LastLookup<JSONValue>()
        /// The texts of the integrations written last, from their key to their members but
        /// for a timeout: the same for each route of a function with the same payload version.
        /// (With the timeout, a function's routes, which set it a few ways, wrote each
        /// integration a few times.)
        let written = RepeatedValues<ProxyKey>(capacity: 4)
        /// The texts of the invoke URIs written last, by function: an integration of a function
        /// with another payload version or timeout writes one again.
        let writtenURIs = RepeatedValues<String>(capacity: 4)
    }

    /// What a function's proxy integration is made of but for the function's invoke URI and
    /// the route's timeout. Its text for another function is the same but for the function's
    /// ARN in the invoke URI (`DeployTargets.invokedARN`): made from the last one's.
    private struct ProxyKey: ShapedKey {
        var function: String
        var payloadVersion: String?

        var shape: String? { payloadVersion }
    }

    public init(apiProtocol: APIProtocol, targets: any DeployTargets, corsHeaders: [(name: String, value: String)]) {
        self.apiProtocol = apiProtocol
        self.targets = targets
        self.corsHeaders = corsHeaders
    }

    /// Lambda proxy routes of HTTP APIs default to the 2.0 event; HTTP proxies only speak 1.0.
    public static let defaultLambdaPayloadVersion = "2.0"
    public static let httpProxyPayloadVersion = "1.0"

    /// The extension of `route`, which has an integration, as a member of its operation, key
    /// and all; `function` is the route's `functionIntegration`, which its caller reads too.
    func write<Sink: JSONSink>(for route: Route, function: Located<String>?, into sink: inout Sink) {
        // A function's proxy has no integration response: its key and the route's timeout
        // are all it is made of, its text up to the timeout copied when held. Its
        // function read in place (`functionIntegration`): a copy of the integration, and its
        // release, cost some 170 instructions a route.
        guard let name = function else {
            guard let integration = route.integration else { preconditionFailure("only a route with an integration has one") }
            sink.key(constant: "x-amazon-apigateway-integration")
            return write(integration, for: route, into: &sink)
        }
        let key = ProxyKey(function: name.value, payloadVersion: route.payloadVersion)
        sink.openObject(
            "x-amazon-apigateway-integration", repeating: functionProxies.written, key: key,
            piece: { targets.invokedARN(name.value) }
        ) { object in
            for (key, value) in Self.functionProxyStart { object.member(key, value) }
            object.key(constant: "uri")
            object.value(repeating: functionProxies.writtenURIs, key: name.value) { $0.value(invokeURI(of: name.value)) }
            if apiProtocol == .http {
                object.key(constant: "payloadFormatVersion")
                object.value(.string(route.payloadVersion ?? Self.defaultLambdaPayloadVersion))
            }
        }
        writeTimeout(of: route, into: &sink)
        sink.end()
    }

    private func write<Sink: JSONSink>(_ integration: Integration, for route: Route, into sink: inout Sink) {
        sink.object { object in
            switch integration {
            case .function:
                preconditionFailure("a function's proxy is written by write(for:into:)")
            case .http(let http):
                writeHTTPProxy(http, route: route, into: &object)
            case .mock(let mock):
                object.member("type", "mock")
                object.member("requestTemplates", requestTemplates(route) ?? ["application/json": .string("{\"statusCode\": \(mock.status)}")])
                object.member("passthroughBehavior", "when_no_match")
            case .aws(let aws):
                if apiProtocol == .http { writeHTTPService(aws, into: &object) } else { writeRESTService(aws, route: route, into: &object) }
            }
            if let response = IntegrationResponse(route: route, apiProtocol: apiProtocol, corsHeaders: corsHeaders) {
                object.object("responses") { $0.member("default", response.integrationObject(targets: targets)) }
            }
            writeTimeout(of: route, into: &object)
        }
    }

    private func writeTimeout<Sink: JSONSink>(of route: Route, into object: inout Sink) {
        guard let timeout = route.timeoutMilliseconds else { return }
        object.key(constant: "timeoutInMillis")
        object.value(.int(timeout))
    }

    /// The members every proxy integration with `function` starts with, whatever its route:
    /// all that a measured template's lower bound counts of it (`PathItems.lowerBound`).
    func functionProxyMembers(_ function: String) -> JSONObject {
        JSONObject(Self.functionProxyStart + [("uri", invokeURI(of: function))])
    }

    /// The members every proxy integration with a function starts with, before its `uri`.
    private static let functionProxyStart: [(String, JSONValue)] = [("type", "aws_proxy"), ("httpMethod", "POST")]

    /// `function`'s invoke URI, made once for the routes of a function that come together.
    private func invokeURI(of function: String) -> JSONValue {
        functionProxies.last.value(for: function) { targets.lambdaInvokeURI(function: $0) }
    }

    private func writeHTTPProxy<Sink: JSONSink>(_ http: HTTPIntegration, route: Route, into object: inout Sink) {
        let method = http.method ?? route.key.method.flatMap { $0.isEmpty ? nil : $0 } ?? "ANY"
        object.member("type", "http_proxy")
        object.member("httpMethod", .string(method))
        object.member("uri", targets.text(http.url.value))
        if apiProtocol == .http {
            object.member("payloadFormatVersion", .string(Self.httpProxyPayloadVersion))
        } else {
            // REST fills `{name}` in the backend URL only from an explicit mapping of the route's path parameter.
            let routeParameters = Set(route.key.path?.parameterNames ?? [])
            let mapped = Self.urlPlaceholders(http.url.value).filter(routeParameters.contains)
            if !mapped.isEmpty {
                object.object("requestParameters") { parameters in
                    for name in mapped { parameters.member("integration.request.path.\(name)", .string("method.request.path.\(name)")) }
                }
            }
        }
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

    private func writeRESTService<Sink: JSONSink>(_ aws: AWSIntegration, route: Route, into object: inout Sink) {
        object.member("type", "aws")
        object.member("httpMethod", .string(aws.httpMethod ?? "POST"))
        object.member("uri", targets.awsServiceURI(aws.serviceResource))
        if let role = aws.role { object.member("credentials", targets.text(role.value)) }
        if !aws.parameters.isEmpty { object.member("requestParameters", .object(JSONObject(aws.parameters.mapValues(JSONValue.string)))) }
        let templates = requestTemplates(route)
        if let templates { object.member("requestTemplates", templates) }
        object.member("passthroughBehavior", templates == nil ? "when_no_match" : "when_no_templates")
    }

    /// HTTP APIs reach AWS services through first-class integrations named by subtype.
    private func writeHTTPService<Sink: JSONSink>(_ aws: AWSIntegration, into object: inout Sink) {
        let prefix = Self.subtypePrefixes[aws.service] ?? aws.service
        object.member("type", "aws_proxy")
        object.member("integrationSubtype", .string("\(prefix)-\(aws.action ?? "")"))
        if let role = aws.role { object.member("credentials", targets.text(role.value)) }
        if !aws.parameters.isEmpty {
            object.member("requestParameters", .object(JSONObject(aws.parameters.mapValues { targets.text($0) })))
        }
        object.member("payloadFormatVersion", .string(Self.httpProxyPayloadVersion))
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
