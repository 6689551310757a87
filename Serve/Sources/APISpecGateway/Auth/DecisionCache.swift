import Foundation

/// Authorizer decisions by identity, each until its time runs out.
actor DecisionCache {
    private var entries: [String: (decision: Authorization.Decision, until: Date)] = [:]

    func decision(for key: String) -> Authorization.Decision? {
        guard let entry = entries[key], entry.until > Date() else { return nil }
        return entry.decision
    }

    func store(_ decision: Authorization.Decision, for key: String, seconds: Int) {
        entries[key] = (decision, Date().addingTimeInterval(Double(seconds)))
    }
}
