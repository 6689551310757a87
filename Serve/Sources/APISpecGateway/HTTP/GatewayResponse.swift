import APISpecRunConfig

/// An answer on its way to the client, and the errors API Gateway answers with itself.
struct GatewayResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// `{"message": ...}` with a JSON content type, as API Gateway's own errors are.
    static func message(_ status: Int, _ message: String) -> GatewayResponse {
        GatewayResponse(
            status: status, headers: [("content-type", "application/json")],
            body: JSON.object(["message": .string(message)]).serialized)
    }

    /// A function failed (error, crash, timeout, bad answer): 502 on REST, 500 on HTTP APIs.
    static func functionFailed(_ api: RunConfig.API.ProtocolType) -> GatewayResponse {
        api == .rest ? message(502, "Internal server error") : message(500, "Internal Server Error")
    }

    static func integrationTimedOut(_ api: RunConfig.API.ProtocolType) -> GatewayResponse {
        api == .rest ? message(504, "Endpoint request timed out") : message(504, "Service Unavailable")
    }

    /// No route: REST says 403 "Missing Authentication Token", HTTP APIs 404.
    static func noRoute(_ api: RunConfig.API.ProtocolType) -> GatewayResponse {
        api == .rest ? message(403, "Missing Authentication Token") : message(404, "Not Found")
    }

    static func tooLarge(_ api: RunConfig.API.ProtocolType) -> GatewayResponse {
        api == .rest ? message(413, "Request Too Long") : message(413, "Request Entity Too Large")
    }

    static let unauthorized = message(401, "Unauthorized")
    static let forbidden = message(403, "Forbidden")

    /// A Lambda authorizer's explicit Deny on REST.
    static let explicitDeny = GatewayResponse(
        status: 403, headers: [("content-type", "application/json")],
        body: JSON.object(["Message": "User is not authorized to access this resource with an explicit deny"]).serialized)

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
