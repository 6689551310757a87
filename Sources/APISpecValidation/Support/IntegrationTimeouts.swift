import APISpecCore

/// API Gateway's integration timeouts, in milliseconds.
enum IntegrationTimeouts {
    static let minimum = 50

    /// The longest timeout API Gateway allows without a quota increase, and what it uses by default.
    static func defaultMaximum(_ apiProtocol: APIProtocol) -> Int {
        apiProtocol == .http ? 30_000 : 29_000
    }

    /// Only regional and private REST APIs can raise the 29-second quota.
    static func isAdjustable(_ spec: Spec) -> Bool {
        spec.apiProtocol == .rest && spec.endpoint != .edge
    }

    /// `29 s`, `0.5 s`: milliseconds as people write timeouts.
    static func seconds(_ milliseconds: Int) -> String {
        milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(Double(milliseconds) / 1000) s"
    }
}
