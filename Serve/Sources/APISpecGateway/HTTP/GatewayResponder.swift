import Hummingbird
import NIOCore

/// Request context that remembers the caller's address (`sourceIp` in events).
struct GatewayContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let sourceIp: String
    /// Tells a refused WebSocket handshake's follow-up apart from other requests.
    let channel: ObjectIdentifier
    let localPort: Int?

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sourceIp = source.channel.remoteAddress?.ipAddress ?? "127.0.0.1"
        self.channel = ObjectIdentifier(source.channel)
        self.localPort = source.channel.localAddress?.port
    }

    /// The body is read by the gateway, which applies API Gateway's own limit.
    var maxUploadSize: Int { HTTPGateway.maxBody + 1 }
}

/// Hands Hummingbird's requests to the gateway and its answers back.
struct GatewayResponder: HTTPResponder {
    let gateway: HTTPGateway
    let webSocket: WebSocketGateway?

    func respond(to request: Request, context: GatewayContext) async throws -> Response {
        if let refusal = webSocket?.takeRefusal(context.channel) { return Self.response(refusal) }
        var bytes: [UInt8]
        do {
            bytes = Array(buffer: try await request.body.collect(upTo: HTTPGateway.maxBody + 1))
        } catch {
            // Over the limit: the size alone decides the answer.
            bytes = [UInt8](repeating: 0, count: HTTPGateway.maxBody + 1)
        }
        var incoming = GatewayRequest(
            method: request.method.rawValue,
            rawPath: request.uri.path,
            rawQuery: request.uri.query ?? "",
            headers: request.headers.map { ($0.name.rawName, $0.value) },
            body: bytes,
            sourceIp: context.sourceIp)
        incoming.localPort = context.localPort
        return Self.response(await gateway.handle(incoming))
    }

    private static func response(_ answer: GatewayResponse) -> Response {
        var fields = HTTPFields()
        for header in answer.headers {
            if let name = HTTPFields.Element.Name(header.name) { fields.append(.init(name: name, value: header.value)) }
        }
        return Response(
            status: .init(code: answer.status), headers: fields,
            body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}

extension GatewayRequest {
    /// A WebSocket handshake, as `shouldUpgrade` sees it (no body).
    init(handshake head: HTTPRequest, channel: any Channel) {
        let target = head.path ?? "/"
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        self.init(
            method: head.method.rawValue, rawPath: String(parts[0]), rawQuery: parts.count > 1 ? String(parts[1]) : "",
            headers: head.headerFields.map { ($0.name.rawName, $0.value) }, body: [],
            sourceIp: channel.remoteAddress?.ipAddress ?? "127.0.0.1")
        self.localPort = channel.localAddress?.port
    }
}
