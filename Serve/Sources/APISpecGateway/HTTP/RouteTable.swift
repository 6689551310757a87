import APISpecRunConfig

/// Finds the route for a request the way API Gateway does: the most specific path wins
/// (literal segments before `{param}` before `{proxy+}`), a named method before `ANY`,
/// and `$default` catches what nothing else matches.
struct RouteTable: Sendable {
    struct Match: Sendable {
        var route: RunConfig.Route
        /// The path pattern (`/pets/{id}`), or `$default`.
        var resource: String
        /// Decoded values of the path's parameters.
        var pathParameters: [String: String]
    }

    private struct Entry: Sendable {
        var route: RunConfig.Route
        var method: String
        var pattern: String
        var segments: [Segment]
    }

    private enum Segment: Sendable {
        case literal(String)
        case parameter(String)
        case greedy(String)
    }

    private let entries: [Entry]
    private let fallback: RunConfig.Route?

    init(routes: [RunConfig.Route]) {
        var entries: [Entry] = []
        var fallback: RunConfig.Route?
        for route in routes {
            if route.key == "$default" { fallback = route; continue }
            let parts = route.key.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            entries.append(Entry(route: route, method: String(parts[0]), pattern: String(parts[1]), segments: Self.segments(String(parts[1]))))
        }
        self.entries = entries
        self.fallback = fallback
    }

    private static func segments(_ pattern: String) -> [Segment] {
        pattern.split(separator: "/").map { part in
            if part.hasPrefix("{"), part.hasSuffix("+}") { return .greedy(String(part.dropFirst().dropLast(2))) }
            if part.hasPrefix("{"), part.hasSuffix("}") { return .parameter(String(part.dropFirst().dropLast())) }
            return .literal(String(part))
        }
    }

    /// `path` is the request path below the stage, still percent-encoded.
    func match(method: String, path: String) -> Match? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var best: (rank: [Int], match: Match)?
        for entry in entries where entry.method == method || entry.method == "ANY" {
            guard let (parameters, rank) = Self.match(entry.segments, parts) else { continue }
            let fullRank = rank + [entry.method == "ANY" ? 1 : 0]
            if best == nil || fullRank.lexicographicallyPrecedes(best!.rank) {
                best = (fullRank, Match(route: entry.route, resource: entry.pattern, pathParameters: parameters))
            }
        }
        if let best { return best.match }
        return fallback.map { Match(route: $0, resource: "$default", pathParameters: [:]) }
    }

    /// Parameters and a rank per segment (lower is more specific), or nil when it does not match.
    private static func match(_ segments: [Segment], _ parts: [String]) -> ([String: String], [Int])? {
        var parameters: [String: String] = [:]
        var rank: [Int] = []
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .literal(let text):
                guard index < parts.count, GatewayRequest.decodePath(parts[index]) == text else { return nil }
                rank.append(0)
            case .parameter(let name):
                guard index < parts.count else { return nil }
                parameters[name] = GatewayRequest.decodePath(parts[index])
                rank.append(1)
            case .greedy(let name):
                guard index < parts.count else { return nil }
                parameters[name] = GatewayRequest.decodePath(parts[index...].joined(separator: "/"))
                rank.append(2)
                return (parameters, rank)
            }
        }
        return parts.count == segments.count ? (parameters, rank) : nil
    }

    /// The methods routes have for this path: a REST preflight is answered only for a path that exists.
    func methods(forPath path: String) -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return entries.filter { Self.match($0.segments, parts) != nil }.map(\.method)
    }
}

extension GatewayRequest {
    /// A path segment decoded without turning `+` into a space (that is a query rule only).
    static func decodePath(_ text: String) -> String {
        text.removingPercentEncoding ?? text
    }
}
