import Foundation
import HummingbirdWebSocket
import NIOCore

/// Open WebSocket connections by id: what `@connections` posts to, reads and closes.
actor ConnectionRegistry {
    struct Connection: Sendable {
        let outbound: WebSocketOutboundWriter
        let connectedAt: Date
        let sourceIp: String
        let userAgent: String?
        /// What the `$connect` authorizer said; every later event of the connection carries it.
        let authorizer: AuthorizerContext?
        var lastActiveAt: Date
    }

    private var connections: [String: Connection] = [:]

    func add(_ id: String, _ connection: Connection) { connections[id] = connection }
    func remove(_ id: String) { connections[id] = nil }
    func connection(_ id: String) -> Connection? { connections[id] }
    func touch(_ id: String) { connections[id]?.lastActiveAt = Date() }

    /// False when the connection is gone (API Gateway's 410).
    func send(_ data: [UInt8], to id: String) async -> Bool {
        guard let connection = connections[id] else { return false }
        do {
            if let text = String(validating: data, as: UTF8.self) {
                try await connection.outbound.write(.text(text))
            } else {
                try await connection.outbound.write(.binary(ByteBuffer(bytes: data)))
            }
            return true
        } catch {
            return false
        }
    }

    func close(_ id: String) async -> Bool {
        guard let connection = connections[id] else { return false }
        try? await connection.outbound.close(.normalClosure, reason: nil)
        return true
    }
}
