/// Why `emit --openapi` refuses a spec that validates: a usage problem, exit 2.
public enum OpenAPIEmitError: Error, Equatable, CustomStringConvertible {
    /// OpenAPI has no way to describe WebSocket routes.
    case websocketProtocol
    case unknownStage(String, known: [String])

    public var description: String {
        switch self {
        case .websocketProtocol:
            return "OpenAPI cannot describe a WebSocket API (protocol: websocket); "
                + "use `apispec emit --cloudformation` or `--local` for it"
        case .unknownStage(let name, let known):
            return "unknown stage '\(name)'; the spec's stages are: \(known.joined(separator: ", "))"
        }
    }
}
