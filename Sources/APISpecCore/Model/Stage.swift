import OrderedCollections

/// A deployment stage.
public struct Stage: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var variables: OrderedDictionary<String, Located<String>>
    public var throttling: Throttling?
    public var accessLog: AccessLog?
    /// X-Ray tracing (REST).
    public var tracing: Bool?
    /// REST execution logging level.
    public var logging: LogLevel?
    /// Detailed CloudWatch metrics per method/route.
    public var metrics: Bool?
    /// REST only.
    public var canary: Canary?
    /// REST only: cache cluster size in GB (`0.5`, `1.6`, `6.1`, ...), as written.
    public var cacheSize: String?
    public var extensions: Extensions
    public var provenance: Provenance

    public init(name: String, provenance: Provenance) {
        self.name = name
        self.variables = [:]
        self.extensions = []
        self.provenance = provenance
    }

    public enum LogLevel: String, Sendable, Hashable, CaseIterable { case off, error, info }

    public static let cacheSizes = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"]
}

/// Where and how a stage writes access logs.
public struct AccessLog: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, CaseIterable { case json, clf }

    /// `json`, `clf`, or nil when `customFormat` is given.
    public var format: Format?
    /// A format string of `$context` variables, instead of `format`.
    public var customFormat: String?
    /// Days to keep the generated log group.
    public var retentionDays: Int?
    /// An existing log group ARN instead of a generated one.
    public var destination: Located<String>?
    public var provenance: Provenance

    public init(provenance: Provenance) {
        self.provenance = provenance
    }
}

/// REST canary release settings.
public struct Canary: Sendable, Hashable {
    public var percent: Double
    public var variables: OrderedDictionary<String, Located<String>>
    public var provenance: Provenance

    public init(percent: Double, provenance: Provenance) {
        self.percent = percent
        self.variables = [:]
        self.provenance = provenance
    }
}
