import Foundation

/// The `@connections` management API functions use to reach clients:
/// `POST /{stage}/@connections/{id}` sends, `GET` describes, `DELETE` disconnects.
/// Locally it takes no IAM signature.
struct ConnectionsAPI: Sendable {
    let connections: ConnectionRegistry

    static let prefix = "/@connections/"

    /// Nil when `path` (below the stage) is not a management API path.
    func answer(_ request: GatewayRequest, path: String) async -> GatewayResponse? {
        guard path.hasPrefix(Self.prefix) else { return nil }
        let id = GatewayRequest.decodePath(String(path.dropFirst(Self.prefix.count)))
        switch request.method {
        case "POST":
            return await connections.send(request.body, to: id) ? GatewayResponse(status: 200) : gone
        case "GET":
            guard let connection = await connections.connection(id) else { return gone }
            var identity: [String: JSON] = ["sourceIp": .string(connection.sourceIp)]
            if let agent = connection.userAgent { identity["userAgent"] = .string(agent) }
            let body: JSON = [
                "connectedAt": .string(Self.iso8601(connection.connectedAt)),
                "identity": .object(identity),
                "lastActiveAt": .string(Self.iso8601(connection.lastActiveAt)),
            ]
            return GatewayResponse(status: 200, headers: [("content-type", "application/json")], body: body.serialized)
        case "DELETE":
            return await connections.close(id) ? GatewayResponse(status: 204) : gone
        default:
            return .message(405, "Method Not Allowed")
        }
    }

    /// API Gateway's GoneException for a connection that is not (or no longer) there.
    private var gone: GatewayResponse { .message(410, "Gone") }

    private static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
