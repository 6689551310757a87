import Foundation
import APISpecRunConfig

/// The payload format 2.0 event HTTP APIs send to a Lambda proxy integration.
enum ProxyEventV2 {
    static func make(
        _ request: GatewayRequest, match: RouteTable.Match, config: RunConfig, authorizer: AuthorizerContext?, body: ProxyBody
    ) -> JSON {
        var headers: [String: String] = [:]
        for header in request.headers where header.name.lowercased() != "cookie" {
            let name = header.name.lowercased()
            headers[name] = headers[name].map { "\($0),\(header.value)" } ?? header.value
        }
        var query: [String: String] = [:]
        for parameter in request.queryParameters {
            query[parameter.name] = query[parameter.name].map { "\($0),\(parameter.value)" } ?? parameter.value
        }
        var context: [String: JSON] = GatewayIdentity.common(request, config: config)
        context["http"] = [
            "method": .string(request.method),
            "path": .string(GatewayRequest.decodePath(request.rawPath)),
            "protocol": "HTTP/1.1",
            "sourceIp": .string(request.sourceIp),
            "userAgent": .string(request.userAgent),
        ]
        context["routeKey"] = .string(match.route.key)
        context["time"] = .string(request.requestTime)
        context["timeEpoch"] = .int(request.epochMilliseconds)
        if let authorizer { context["authorizer"] = authorizer.versionTwo }

        var event: [String: JSON] = [
            "version": "2.0",
            "routeKey": .string(match.route.key),
            "rawPath": .string(request.rawPath),
            "rawQueryString": .string(request.rawQuery),
            "headers": .object(headers.mapValues(JSON.string)),
            "requestContext": .object(context),
            "isBase64Encoded": .bool(body.isBase64Encoded),
        ]
        let cookies = request.cookies
        if !cookies.isEmpty { event["cookies"] = .array(cookies.map(JSON.string)) }
        if !query.isEmpty { event["queryStringParameters"] = .object(query.mapValues(JSON.string)) }
        if let text = body.text { event["body"] = .string(text) }
        if !match.pathParameters.isEmpty { event["pathParameters"] = .object(match.pathParameters.mapValues(JSON.string)) }
        if !config.stage.variables.isEmpty {
            event["stageVariables"] = .object(Dictionary(uniqueKeysWithValues: config.stage.variables.entries.map { ($0.key, JSON.string($0.value)) }))
        }
        return .object(event)
    }
}

/// A request body as an event carries it: text, or base64 for binary content.
struct ProxyBody: Sendable {
    var text: String?
    var isBase64Encoded: Bool

    init(text: String?, isBase64Encoded: Bool) {
        self.text = text
        self.isBase64Encoded = isBase64Encoded
    }

    /// HTTP APIs send text bodies as they are and everything else base64-encoded; REST APIs
    /// base64-encode only the content types listed in `binaryMediaTypes`.
    init(_ request: GatewayRequest, config: RunConfig) {
        guard !request.body.isEmpty else {
            self.text = nil
            self.isBase64Encoded = false
            return
        }
        let contentType = (request.header("content-type") ?? "").lowercased()
        let binary: Bool
        if config.api.protocol == .rest {
            binary = config.api.binaryMediaTypes.contains { MediaType.matches(contentType, pattern: $0.lowercased()) }
        } else {
            binary = !MediaType.isText(contentType) || String(validating: request.body, as: UTF8.self) == nil
        }
        if binary {
            self.text = Data(request.body).base64EncodedString()
            self.isBase64Encoded = true
        } else {
            self.text = String(decoding: request.body, as: UTF8.self)
            self.isBase64Encoded = false
        }
    }
}

enum MediaType {
    /// Content types API Gateway passes as text; a missing one counts as text.
    static func isText(_ contentType: String) -> Bool {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return type.isEmpty || type.hasPrefix("text/") || type.hasSuffix("/json") || type.hasSuffix("+json")
            || type.hasSuffix("/xml") || type.hasSuffix("+xml") || type == "application/javascript"
            || type == "application/x-www-form-urlencoded"
    }

    /// `image/png` against `image/png`, `image/*` or `*/*`.
    static func matches(_ contentType: String, pattern: String) -> Bool {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if pattern == "*/*" { return !type.isEmpty }
        if pattern.hasSuffix("/*") { return type.hasPrefix(pattern.dropLast()) }
        return type == pattern
    }
}
