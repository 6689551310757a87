import OrderedCollections

/// Settings of a Lambda function, as written in `functions.NAME` or `defaults.function`.
/// Unset fields are nil; `Function` applies Lambda's own defaults on top.
public struct FunctionSettings: Sendable, Hashable {
    public var runtime: String?
    public var handler: String?
    /// Directory of the code, relative to the spec file.
    public var code: String?
    public var description: String?
    /// MB, 128-10240.
    public var memory: Int?
    /// Seconds, 1-900.
    public var timeout: Int?
    public var architecture: Architecture?
    /// MB of /tmp, 512-10240.
    public var ephemeralStorage: Int?
    public var environment: OrderedDictionary<String, Located<String>>?
    public var provisionedConcurrency: Int?
    public var reservedConcurrency: Int?
    public var layers: [Located<String>]?
    public var policies: [PolicyStatement]?
    /// An existing execution role ARN instead of the generated least-privilege role.
    public var role: String?
    public var tracing: Bool?
    public var logRetentionDays: Int?
    public var tags: OrderedDictionary<String, String>?

    public init() {}

    /// `Function.isCustomRuntime`, for settings read where they are.
    var isCustomRuntime: Bool { runtime?.hasPrefix("provided") ?? false }
}

public enum Architecture: String, Sendable, Hashable, CaseIterable {
    case x86_64, arm64
}

/// One IAM statement added to a function's role.
public struct PolicyStatement: Sendable, Hashable {
    public enum Effect: String, Sendable, Hashable, CaseIterable { case Allow, Deny }

    public var effect: Effect
    public var actions: [Located<String>]
    public var resources: [Located<String>]
    public var provenance: Provenance

    public init(effect: Effect, actions: [Located<String>], resources: [Located<String>], provenance: Provenance) {
        self.effect = effect
        self.actions = actions
        self.resources = resources
        self.provenance = provenance
    }
}
