import Foundation
import APISpecRunConfig

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
