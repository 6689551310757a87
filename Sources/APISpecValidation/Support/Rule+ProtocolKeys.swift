import APISpecCore

extension Rule {
    /// Reports each key at the end of `paths` that is written in the spec while the
    /// API's protocol is not `supported`: a key another protocol has is an error,
    /// never silently ignored. `paths` is only listed when the protocol lacks the keys.
    /// `supported` is a list, not a set, for the reason `AuthorizerTypeNotSupported.supported` gives.
    func reportKeys(
        _ paths: @autoclosure () -> [[String]], in spec: Spec, supportedOn supported: [APIProtocol], _ report: inout [Diagnostic]
    ) {
        guard !supported.contains(spec.apiProtocol) else { return }
        for path in paths() {
            guard let key = path.last, let location = spec.keyLocation(path) else { continue }
            // Worded only for a finding: most specs write no key of another protocol.
            let protocols = APIProtocol.allCases.filter(supported.contains)
            let names = protocols.map(\.pluralName).joined(separator: " and ")
            let switches = protocols.map { "`protocol: \($0.rawValue)`" }.joined(separator: " or ")
            report.append(finding(
                "`\(key)` is supported by \(names) only, and this is \(spec.apiProtocol.singularName)",
                at: location,
                hint: "remove `\(key)`, or use \(switches)"))
        }
    }
}

extension Spec {
    /// `["routes", route, key]` for each checked route that may write `key`: its provenance
    /// has it (written there, or inherited). Looking up only these keeps the protocol rules
    /// from making and looking up a path per route when no route writes the key, and
    /// `shared` (`WrittenRouteKeys`) from reading every route when none does.
    func routeKeyPaths(_ key: String, shared: SharedWork) -> [[String]] {
        guard shared.value(of: WrittenRouteKeys.self, for: self).keys.contains(key) else { return [] }
        return checkedRoutes.compactMap { $0.provenance.has(key) ? ["routes", $0.key.raw, key] : nil }
    }
}

extension APIProtocol {
    var singularName: String {
        switch self {
        case .http: return "an HTTP API"
        case .rest: return "a REST API"
        case .websocket: return "a WebSocket API"
        }
    }

    var pluralName: String {
        switch self {
        case .http: return "HTTP APIs"
        case .rest: return "REST APIs"
        case .websocket: return "WebSocket APIs"
        }
    }
}
