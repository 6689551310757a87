import OrderedCollections

/// One entry of `routes:`, with route-level `defaults` applied.
public struct Route: Sendable, Hashable {
    public var key: RouteKey
    /// Where the route key was written.
    public var location: SourceLocation
    /// Every integration written on the route; exactly one is valid (rules check).
    public var integrations: [Integration]
    /// The route's own `auth:` or `defaults.auth`; nil when neither says.
    public var auth: Located<AuthChoice>?
    public var scopes: [Located<String>]
    /// Integration timeout in milliseconds (own `timeout` or `defaults.timeout`).
    public var timeoutMilliseconds: Int?
    /// HTTP APIs: `1.0` or `2.0`.
    public var payloadVersion: String?
    public var apiKeyRequired: Bool?
    public var description: String?
    public var tags: [Located<String>]
    public var extensions: Extensions
    /// Field locations; inherited fields (`auth`, `timeout`, `payloadVersion`) point at `defaults`.
    public var provenance: Provenance
    // REST-only parts, written on few routes: out of line, they cost 24 bytes a route instead of 216.
    private var storedRequest: Indirect<RequestValidation>?
    private var storedMapping: Indirect<MappingTemplates>?
    private var storedThrottling: Indirect<Throttling>?

    public init(key: RouteKey, location: SourceLocation) {
        self.key = key
        self.location = location
        self.integrations = []
        self.scopes = []
        self.tags = []
        self.extensions = []
        self.provenance = Provenance(location)
    }

    public var request: RequestValidation? {
        get { storedRequest?.value }
        set { storedRequest = newValue.map(Indirect.init) }
    }

    public var mapping: MappingTemplates? {
        get { storedMapping?.value }
        set { storedMapping = newValue.map(Indirect.init) }
    }

    public var throttling: Throttling? {
        get { storedThrottling?.value }
        set { storedThrottling = newValue.map(Indirect.init) }
    }

    /// The single integration, or nil when there are none or several.
    public var integration: Integration? { integrations.count == 1 ? integrations[0] : nil }
}

/// REST request validation: required parameters and a JSON Schema for the body.
public struct RequestValidation: Sendable, Hashable {
    /// `querystring.name`, `header.Name`, `path.name`.
    public var parameters: [Located<String>]
    /// The body's JSON Schema, as written.
    public var body: YAMLNode?
    public var provenance: Provenance

    public init(provenance: Provenance) {
        self.parameters = []
        self.provenance = provenance
    }
}

/// REST mapping templates (VTL) by content type.
public struct MappingTemplates: Sendable, Hashable {
    public var request: OrderedDictionary<String, String>
    public var response: OrderedDictionary<String, String>
    public var provenance: Provenance

    public init(provenance: Provenance) {
        self.request = [:]
        self.response = [:]
        self.provenance = provenance
    }
}

/// Steady-state requests per second and burst.
public struct Throttling: Sendable, Hashable {
    public var rate: Double?
    public var burst: Int?
    public var provenance: Provenance

    public init(rate: Double? = nil, burst: Int? = nil, provenance: Provenance) {
        self.rate = rate
        self.burst = burst
        self.provenance = provenance
    }
}
