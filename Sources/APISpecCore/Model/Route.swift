import OrderedCollections

/// One entry of `routes:`, with route-level `defaults` applied.
public struct Route: Sendable, Hashable {
    public var key: RouteKey
    /// Every integration written on the route; exactly one is valid (rules check).
    public var integrations: [Integration]
    /// The route's own `auth:` or `defaults.auth`; nil when neither says.
    public var auth: Located<AuthChoice>?
    public var scopes: [Located<String>]
    /// Integration timeout in milliseconds (own `timeout` or `defaults.timeout`).
    public var timeoutMilliseconds: Int?
    /// HTTP APIs: `1.0` or `2.0`.
    public var payloadVersion: String?
    /// Field locations; inherited fields (`auth`, `timeout`, `payloadVersion`) point at `defaults`.
    /// Its entity is where the route key was written.
    public var provenance: Provenance
    /// What few routes write, out of line: 8 bytes a route instead of 64 (a spec can hold a
    /// hundred thousand routes). Nil while all of it is empty.
    private var details: Indirect<Details>?

    private struct Details: Sendable, Hashable {
        var apiKeyRequired: Bool?
        var description: String?
        var tags: [Located<String>] = []
        var extensions: Extensions = []
        var request: RequestValidation?
        var mapping: MappingTemplates?
        var throttling: Throttling?

        /// What `== Details()` says, without comparing every field's contents.
        var isEmpty: Bool {
            apiKeyRequired == nil && description == nil && tags.isEmpty && extensions.isEmpty
                && request == nil && mapping == nil && throttling == nil
        }
    }

    public init(key: RouteKey, location: SourceLocation) {
        self.key = key
        self.integrations = []
        self.scopes = []
        self.provenance = Provenance(location)
    }

    /// Where the route key was written.
    public var location: SourceLocation {
        get { provenance.entity }
        set { provenance.entity = newValue }
    }

    public var apiKeyRequired: Bool? {
        get { details?.value.apiKeyRequired }
        set { update { $0.apiKeyRequired = newValue } }
    }

    public var description: String? {
        get { details?.value.description }
        set { update { $0.description = newValue } }
    }

    public var tags: [Located<String>] {
        get { details?.value.tags ?? [] }
        set { update { $0.tags = newValue } }
    }

    public var extensions: Extensions {
        get { details?.value.extensions ?? [] }
        set { update { $0.extensions = newValue } }
    }

    /// REST only.
    public var request: RequestValidation? {
        get { details?.value.request }
        set { update { $0.request = newValue } }
    }

    /// REST only.
    public var mapping: MappingTemplates? {
        get { details?.value.mapping }
        set { update { $0.mapping = newValue } }
    }

    public var throttling: Throttling? {
        get { details?.value.throttling }
        set { update { $0.throttling = newValue } }
    }

    private mutating func update(_ change: (inout Details) -> Void) {
        var changed = details?.value ?? Details()
        change(&changed)
        details = changed.isEmpty ? nil : Indirect(changed)
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
