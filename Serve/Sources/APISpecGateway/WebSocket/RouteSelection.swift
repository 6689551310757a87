/// Evaluates a route selection expression (`$request.body.action`, `$request.body.a.b`)
/// against a message: the route key it names, or nil.
struct RouteSelection: Sendable {
    let path: [String]

    init(_ expression: String) {
        let prefix = "$request.body."
        path = expression.hasPrefix(prefix) ? expression.dropFirst(prefix.count).split(separator: ".").map(String.init) : []
    }

    func routeKey(for body: [UInt8]) -> String? {
        guard !path.isEmpty, var value = JSON.parse(body) else { return nil }
        for key in path {
            guard let next = value[key] else { return nil }
            value = next
        }
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }
}
