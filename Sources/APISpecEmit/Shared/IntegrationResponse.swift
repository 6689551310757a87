import APISpecCore
import OrderedCollections

/// What a REST non-proxy integration (mock, AWS service) answers: API Gateway needs the same
/// status and headers declared twice, as the method's response and as the integration's
/// response, so both are derived from this one value.
public struct IntegrationResponse {
    public var status: Int
    /// Header name -> constant value.
    public var headers: [(name: String, value: String)]
    /// Content type -> response template (VTL).
    public var templates: OrderedDictionary<String, String>

    /// Nil for proxy integrations, whose backend's response passes through untouched, and on
    /// HTTP APIs, which have no integration responses.
    public init?(route: Route, apiProtocol: APIProtocol, corsHeaders: [(name: String, value: String)]) {
        guard apiProtocol == .rest else { return nil }
        switch route.integration {
        case .mock(let mock):
            status = mock.status
            headers = mock.headers.map { (name: $0.key, value: $0.value) } + corsHeaders
            templates = mock.body.map { ["application/json": $0] } ?? [:]
        case .aws:
            status = 200
            headers = corsHeaders
            templates = [:]
        default:
            return nil
        }
        if let mapping = route.mapping, !mapping.response.isEmpty { templates = mapping.response }
    }

    /// The `responses.default` entry of `x-amazon-apigateway-integration`.
    public func integrationObject(targets: any DeployTargets) -> JSONValue {
        var object: JSONObject = ["statusCode": .string(String(status))]
        if !headers.isEmpty {
            var parameters: JSONObject = [:]
            for header in headers {
                parameters["method.response.header.\(header.name)"] = .string(CorsHeaders.staticValue(header.value))
            }
            object["responseParameters"] = .object(parameters)
        }
        if !templates.isEmpty { object["responseTemplates"] = .object(JSONObject(templates.mapValues { targets.text($0) })) }
        return .object(object)
    }
}
