import Logging

/// The one log line every request gets: method, path, status, function, duration, cold or warm.
struct RequestLog: Sendable {
    var function: String?
    var cold: Bool?

    func write(method: String, path: String, status: Int, since started: ContinuousClock.Instant, to logger: Logger) {
        let elapsed = ContinuousClock.now - started
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        var line = "\(method) \(path) \(status)"
        if let function { line += " \(function)" }
        line += " \(milliseconds) ms"
        if let cold { line += cold ? " cold" : " warm" }
        logger.info("\(line)")
    }
}
