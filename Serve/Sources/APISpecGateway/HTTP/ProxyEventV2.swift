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
