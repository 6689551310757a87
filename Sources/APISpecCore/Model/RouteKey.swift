/// A route key as API Gateway writes it: `GET /pets/{id}`, `$default`, `$connect`, or a
/// WebSocket custom key. The decoder parses leniently; rules judge what is malformed.
public struct RouteKey: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// `METHOD /path`; the method is as written (rules check it).
        case http(method: String, path: RoutePath)
        /// A key starting with `$`: `$default`, `$connect`, `$disconnect`, ...
        case special(String)
        /// Any other key: a WebSocket custom route (an error elsewhere).
        case custom(String)
    }

    public var raw: String
    public var kind: Kind

    public init(_ raw: String) {
        self.raw = raw
        if raw.hasPrefix("$") {
            kind = .special(raw)
        } else if let space = raw.firstIndex(of: " ") {
            let method = String(raw[..<space])
            let path = raw[raw.index(after: space)...].trimmingPrefix(while: { $0 == " " })
            kind = .http(method: method, path: RoutePath(String(path)))
        } else if raw.hasPrefix("/") {
            kind = .http(method: "", path: RoutePath(raw))
        } else {
            kind = .custom(raw)
        }
    }

    public var description: String { raw }

    public static let knownMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"]

    public var method: String? {
        if case .http(let method, _) = kind { return method }
        return nil
    }

    public var path: RoutePath? {
        if case .http(_, let path) = kind { return path }
        return nil
    }

    public var isDefault: Bool { raw == "$default" }
}

/// A route path split into segments. `/pets/{id}/{proxy+}` -> literal, parameter, greedy.
public struct RoutePath: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
        case greedy(String)

        public var text: String {
            switch self {
            case .literal(let text): return text
            case .parameter(let name): return "{\(name)}"
            case .greedy(let name): return "{\(name)+}"
            }
        }
    }

    public var raw: String
    /// Segments after the leading `/`; `/` alone has none.
    public var segments: [Segment]

    public init(_ raw: String) {
        self.raw = raw
        let body = raw.hasPrefix("/") ? raw.dropFirst() : Substring(raw)
        segments = body.isEmpty ? [] : body.split(separator: "/", omittingEmptySubsequences: false).map { part in
            if part.hasPrefix("{"), part.hasSuffix("+}"), part.count > 3 {
                return .greedy(String(part.dropFirst().dropLast(2)))
            }
            if part.hasPrefix("{"), part.hasSuffix("}"), part.count > 2 {
                return .parameter(String(part.dropFirst().dropLast()))
            }
            return .literal(String(part))
        }
    }

    public var description: String { raw }

    public var parameterNames: [String] {
        segments.compactMap {
            switch $0 {
            case .parameter(let name), .greedy(let name): return name
            case .literal: return nil
            }
        }
    }

    /// The path with every parameter name replaced by `{}`: two paths with the same
    /// shape collide on REST APIs.
    public var shape: String {
        "/" + segments.map {
            switch $0 {
            case .literal(let text): return text
            case .parameter: return "{}"
            case .greedy: return "{+}"
            }
        }.joined(separator: "/")
    }
}
