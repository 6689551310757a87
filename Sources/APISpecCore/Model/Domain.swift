/// A custom domain name and the stages mapped under it.
public struct Domain: Sendable, Hashable {
    public var name: String
    /// ACM certificate ARN or `${param:X}`.
    public var certificate: Located<String>?
    public var endpoint: EndpointType?
    /// `TLS_1_2` by default; AWS's policy names.
    public var securityPolicy: String?
    public var hostedZoneId: String?
    public var mutualTls: MutualTLS?
    /// Base path -> stage, in written order. `/` is the root mapping.
    public var mappings: [(basePath: Located<String>, stage: Located<String>)]
    public var extensions: Extensions
    public var provenance: Provenance

    public init(name: String, provenance: Provenance) {
        self.name = name
        self.mappings = []
        self.extensions = []
        self.provenance = provenance
    }

    public var effectiveSecurityPolicy: String { securityPolicy ?? "TLS_1_2" }
    public var effectiveEndpoint: EndpointType { endpoint ?? .regional }

    public static func == (a: Domain, b: Domain) -> Bool {
        a.name == b.name && a.provenance == b.provenance
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(provenance)
    }
}

public struct MutualTLS: Sendable, Hashable {
    /// `s3://bucket/key` of the truststore.
    public var truststore: Located<String>
    public var version: String?

    public init(truststore: Located<String>, version: String? = nil) {
        self.truststore = truststore
        self.version = version
    }
}
