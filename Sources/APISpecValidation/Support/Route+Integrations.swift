import APISpecCore

extension Route {
    /// Calls `body` with each of the route's integrations, in order, read by position:
    /// `for … in route.integrations` copies the list's storage and each integration (a retain
    /// and a release of each), which cost the rules that look for one kind more than looking.
    func forEachIntegration(_ body: (Integration) -> Void) {
        for index in integrations.indices { body(integrations[index]) }
    }

    /// `forEachIntegration` for rules that look for an integration other than a function's:
    /// a route with one function integration, as most are, is passed over without copying
    /// its integration.
    func forEachIntegrationUnlessFunction(_ body: (Integration) -> Void) {
        guard !hasFunctionIntegration else { return }
        forEachIntegration(body)
    }

    /// Calls `body` with each function the route's integrations name, in order: a route's one
    /// function integration, as most have, read without copying the integration.
    func forEachFunctionName(_ body: (Located<String>) -> Void) {
        if let name = functionIntegration { return body(name) }
        forEachIntegration { if case .function(let name) = $0 { body(name) } }
    }
}
