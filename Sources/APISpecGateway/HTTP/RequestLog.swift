import Logging

/// The one log line every request gets: method, path, status, function, duration, cold or warm.
struct RequestLog: Sendable {
    var function: String?
    var cold: Bool?

    func write(_ request: GatewayRequest, status: Int, milliseconds: Int, to logger: Logger) {
        var line = "\(request.method) \(request.rawPath) \(status)"
        if let function { line += " \(function)" }
        line += " \(milliseconds) ms"
        if let cold { line += cold ? " cold" : " warm" }
        logger.info("\(line)")
    }
}
