import Foundation
import APISpecRunConfig

/// The events WebSocket APIs send to Lambda proxy integrations: CONNECT (with the upgrade
/// request's headers and query), MESSAGE (with the frame as the body) and DISCONNECT.
enum WebSocketEvent {
    struct Connection: Sendable {
        let id: String
        let connectedAt: Date
        let sourceIp: String
        let userAgent: String?
        let host: String
        let authorizer: AuthorizerContext?
    }

    static func connect(_ request: GatewayRequest, connection: Connection, config: RunConfig) -> JSON {
        var event = handshake(request)
        event["requestContext"] = .object(context(
            "CONNECT", routeKey: "$connect", connection: connection, requestId: request.requestId, config: config))
        return .object(event)
    }

    static func message(
        _ body: ProxyBody, routeKey: String, connection: Connection, requestId: String, config: RunConfig
    ) -> JSON {
        var context = context("MESSAGE", routeKey: routeKey, connection: connection, requestId: requestId, config: config)
        context["messageId"] = .string(connectionStyleId())
        return ["requestContext": .object(context), "body": body.text.map(JSON.string) ?? .null, "isBase64Encoded": .bool(body.isBase64Encoded)]
    }

    static func disconnect(_ request: GatewayRequest, connection: Connection, config: RunConfig, statusCode: Int, reason: String) -> JSON {
        var event = handshake(request)
        var context = context("DISCONNECT", routeKey: "$disconnect", connection: connection, requestId: connectionStyleId(), config: config)
        context["disconnectStatusCode"] = .int(statusCode)
        context["disconnectReason"] = .string(reason)
        event["requestContext"] = .object(context)
        return .object(event)
    }

    /// Connection, request and message ids look like API Gateway's: 12 base64 characters.
    static func connectionStyleId() -> String {
        let bytes = (0..<8).map { _ in UInt8.random(in: 0...255) }
        return Data(bytes).base64EncodedString()
    }

    private static func handshake(_ request: GatewayRequest) -> [String: JSON] {
        var single: [String: String] = [:]
        var multi: [String: [String]] = [:]
        for header in request.headers {
            single[header.name] = header.value
            multi[header.name, default: []].append(header.value)
        }
        var event: [String: JSON] = [
            "headers": .object(single.mapValues(JSON.string)),
            "multiValueHeaders": .object(multi.mapValues { .array($0.map(JSON.string)) }),
            "isBase64Encoded": false,
        ]
        let query = request.queryParameters
        if !query.isEmpty {
            var first: [String: String] = [:]
            var all: [String: [String]] = [:]
            for parameter in query {
                first[parameter.name] = first[parameter.name] ?? parameter.value
                all[parameter.name, default: []].append(parameter.value)
            }
            event["queryStringParameters"] = .object(first.mapValues(JSON.string))
            event["multiValueQueryStringParameters"] = .object(all.mapValues { .array($0.map(JSON.string)) })
        }
        return event
    }

    private static func context(
        _ eventType: String, routeKey: String, connection: Connection, requestId: String, config: RunConfig
    ) -> [String: JSON] {
        let now = Date()
        let identity = ProxyEventV1.identity(sourceIp: connection.sourceIp, userAgent: connection.userAgent)
        var context: [String: JSON] = [
            "routeKey": .string(routeKey),
            "disconnectStatusCode": nil,
            "messageId": nil,
            "eventType": .string(eventType),
            "extendedRequestId": .string(requestId),
            "requestTime": .string(GatewayRequest.format(now)),
            "messageDirection": "IN",
            "disconnectReason": nil,
            "stage": .string(config.stage.name),
            "connectedAt": .int(Int(connection.connectedAt.timeIntervalSince1970 * 1000)),
            "requestTimeEpoch": .int(Int(now.timeIntervalSince1970 * 1000)),
            "identity": .object(identity),
            "requestId": .string(requestId),
            "domainName": .string(connection.host),
            "connectionId": .string(connection.id),
            "apiId": .string(GatewayIdentity.apiId(config)),
        ]
        if let authorizer = connection.authorizer { context["authorizer"] = authorizer.versionOne }
        return context
    }
}
