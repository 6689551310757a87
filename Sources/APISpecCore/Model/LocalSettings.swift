import OrderedCollections

/// `local:`: settings for `apispec emit --local` and `apispec serve`.
public struct LocalSettings: Sendable, Hashable {
    public var host: String?
    public var port: Int?
    public var stage: Located<String>?
    /// Authorizer name -> JWKS file (relative to the spec) for local JWT checks.
    public var jwks: OrderedDictionary<String, Located<String>>
    /// API key name -> the value accepted locally.
    public var apiKeys: OrderedDictionary<String, Located<String>>
    /// Function name -> how to start it locally.
    public var functions: OrderedDictionary<String, LocalFunction>
    public var provenance: Provenance

    public init(provenance: Provenance) {
        self.jwks = [:]
        self.apiKeys = [:]
        self.functions = [:]
        self.provenance = provenance
    }

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 3000
}

/// How one function starts locally, overriding the runtime's usual command.
public struct LocalFunction: Sendable, Hashable {
    public var command: [String]
    public var environment: OrderedDictionary<String, String>
    public var provenance: Provenance

    public init(command: [String], provenance: Provenance) {
        self.command = command
        self.environment = [:]
        self.provenance = provenance
    }
}
