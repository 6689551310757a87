import Hummingbird
import NIOCore

/// Request context that remembers the caller's address (`sourceIp` in events).
struct GatewayContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let sourceIp: String

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sourceIp = source.channel.remoteAddress?.ipAddress ?? "127.0.0.1"
    }

    /// The body is read by the gateway, which applies API Gateway's own limit.
    var maxUploadSize: Int { HTTPGateway.maxBody + 1 }
}

/// Hands Hummingbird's requests to the gateway and its answers back.
struct GatewayResponder: HTTPResponder {
    let gateway: HTTPGateway

    func respond(to request: Request, context: GatewayContext) async throws -> Response {
        var bytes: [UInt8]
        do {
            bytes = Array(buffer: try await request.body.collect(upTo: HTTPGateway.maxBody + 1))
        } catch {
            // Over the limit: the size alone decides the answer.
            bytes = [UInt8](repeating: 0, count: HTTPGateway.maxBody + 1)
        }
        let incoming = GatewayRequest(
            method: request.method.rawValue,
            rawPath: request.uri.path,
            rawQuery: request.uri.query ?? "",
            headers: request.headers.map { ($0.name.rawName, $0.value) },
            body: bytes,
            sourceIp: context.sourceIp)
        let answer = await gateway.handle(incoming)
        var fields = HTTPFields()
        for header in answer.headers {
            if let name = HTTPFields.Element.Name(header.name) { fields.append(.init(name: name, value: header.value)) }
        }
        return Response(
            status: .init(code: answer.status), headers: fields,
            body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
