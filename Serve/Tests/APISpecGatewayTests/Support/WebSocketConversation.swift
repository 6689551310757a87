import Foundation
import HummingbirdWSClient
import Logging
import Synchronization

/// A real WebSocket client session against `apispec serve`: sends each message, waits for
/// the replies it should bring, then closes (a normal 1000 close).
enum WebSocketConversation {
    /// The replies, in order; throws when the handshake is refused.
    static func run(
        _ url: String, messages: [String], repliesPerMessage: Int = 1
    ) async throws -> [String] {
        let replies = Mutex<[String]>([])
        try await WebSocketClient.connect(url: url, logger: Logger(label: "websocket-test")) { inbound, outbound, _ in
            var incoming = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
            for message in messages {
                try await outbound.write(.text(message))
                for _ in 0..<repliesPerMessage {
                    guard let reply = try await incoming.next() else { return }
                    if case .text(let text) = reply { replies.withLock { $0.append(text) } }
                }
            }
        }
        return replies.withLock { $0 }
    }
}
