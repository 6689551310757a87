import OrderedCollections

/// One entry of `routes:`, with route-level `defaults` applied.
///
/// Copy-on-write: the fields live in one shared buffer, so copying a route (every rule that
/// scans `spec.routes` copies each) retains one reference instead of each field.
public struct Route: Sendable, Hashable {
    /// Read and written through a pointer to its header: a class's stored property would be
    /// checked for exclusive access on every read. Unsafe only to the compiler: a buffer that
    /// another route shares is never changed (`unique()` copies it first).
    @usableFromInline nonisolated(unsafe) var storage: ManagedBuffer<Fields, Never>

    public init(key: RouteKey, location: SourceLocation) {
        storage = Self.buffer(Fields(key: key, provenance: Provenance(location)))
    }

    /// For the decoder: a route with what it inherits from `defaults` (`Inherited`).
    init(key: RouteKey, location: SourceLocation, inheriting inherited: Inherited) {
        var provenance = Provenance(location)
        provenance.inherit(inherited.fields)
        storage = Self.buffer(Fields(key: key, auth: inherited.auth, provenance: provenance, timeout: inherited.timeout,
                                     payloadVersion: inherited.payloadVersion))
    }

    /// What every route inherits from `defaults`, as a route keeps it: converted once for all of
    /// them, where setting each field on every route converted it again (the payload version
    /// from its text) and copied the route's fields first if shared.
    struct Inherited {
        let auth: Located<AuthChoice>?
        let timeout: Int32?
        let payloadVersion: PayloadVersion?
        /// Where `defaults` wrote them: one list that every route shares.
        let fields: [Provenance.Field]

        init(_ defaults: Defaults) {
            auth = defaults.auth
            timeout = defaults.timeoutMilliseconds.map { Int32(clamping: $0.value) }
            payloadVersion = defaults.payloadVersion.flatMap { PayloadVersion(rawValue: $0.value) }
            fields = [
                ("auth", defaults.auth?.location),
                ("timeout", defaults.timeoutMilliseconds?.location),
                ("payloadVersion", defaults.payloadVersion?.location),
            ].compactMap { key, location in location.map { (key, $0) } }
        }
    }

    // The parts below are read in place (`_read`): rules and emitters read them many times a
    // route, and a getter copied each whole, retaining what it holds, for each read.

    public var key: RouteKey {
        @inlinable _read { yield fields.key }
        _modify { yield &unique().pointee.key }
    }

    /// Every integration written on the route; exactly one is valid (rules check).
    public var integrations: Integrations {
        @inlinable _read { yield fields.integrations }
        _modify { yield &unique().pointee.integrations }
    }

    /// The route's own `auth:` or `defaults.auth`; nil when neither says.
    public var auth: Located<AuthChoice>? {
        @inlinable _read { yield fields.auth }
        _modify { yield &unique().pointee.auth }
    }

    public var scopes: [Located<String>] {
        @inlinable _read { yield fields.scopes }
        _modify { yield &unique().pointee.scopes }
    }

    /// Integration timeout in milliseconds (own `timeout` or `defaults.timeout`): within a
    /// day either way, as the decoder clamps it.
    public var timeoutMilliseconds: Int? {
        get { fields.timeout.map(Int.init) }
        set { unique().pointee.timeout = newValue.map { Int32(clamping: $0) } }
    }

    /// HTTP APIs: `1.0` or `2.0`, the only values the decoder accepts (another is dropped).
    public var payloadVersion: String? {
        get { fields.payloadVersion?.rawValue }
        set { unique().pointee.payloadVersion = newValue.flatMap(PayloadVersion.init(rawValue:)) }
    }

    /// Field locations; inherited fields (`auth`, `timeout`, `payloadVersion`) point at `defaults`.
    /// Its entity is where the route key was written.
    public var provenance: Provenance {
        @inlinable _read { yield fields.provenance }
        _modify { yield &unique().pointee.provenance }
    }

    /// Where the route key was written.
    public var location: SourceLocation {
        @inlinable get { fields.provenance.entity }
        set { unique().pointee.provenance.entity = newValue }
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

    /// The single integration, or nil when there are none or several.
    public var integration: Integration? { fields.integrations.single }

    /// `integration != nil`, without copying the integration.
    public var hasIntegration: Bool {
        if case .one = fields.integrations.storage { return true }
        return false
    }

    /// The function of the single integration when it is one (`case .function(let name)? =
    /// integration`), without copying the integration.
    public var functionIntegration: Located<String>? {
        if case .one(.function(let name)) = fields.integrations.storage { return name }
        return nil
    }

    public static func == (a: Route, b: Route) -> Bool {
        a.storage === b.storage || a.fields == b.fields
    }

    public func hash(into hasher: inout Hasher) {
        fields.hash(into: &hasher)
    }

    /// Inlinable with the getters above: a rule that reads `route.key.path` then copies the
    /// path alone, not the whole key.
    @usableFromInline var fields: Fields {
        @inlinable _read { yield storage.withUnsafeMutablePointerToHeader { $0 }.pointee }
    }

    private var details: Indirect<Details>? { fields.details }

    private mutating func update(_ change: (inout Details) -> Void) {
        var changed = details?.value ?? Details()
        change(&changed)
        unique().pointee.details = changed.isEmpty ? nil : Indirect(changed)
    }

    /// The fields to change, copied first if another route shares them.
    private mutating func unique() -> UnsafeMutablePointer<Fields> {
        if !isKnownUniquelyReferenced(&storage) { storage = Self.buffer(fields) }
        return storage.withUnsafeMutablePointerToHeader { $0 }
    }

    private static func buffer(_ fields: Fields) -> ManagedBuffer<Fields, Never> {
        .create(minimumCapacity: 0) { _ in fields }
    }

    @usableFromInline struct Fields: Sendable, Hashable {
        @usableFromInline var key: RouteKey
        @usableFromInline var integrations: Integrations = []
        @usableFromInline var auth: Located<AuthChoice>?
        @usableFromInline var scopes: [Located<String>] = []
        @usableFromInline var provenance: Provenance
        /// What few routes write, out of line: 8 bytes a route instead of 64 (a spec can hold a
        /// hundred thousand routes). Nil while all of it is empty.
        var details: Indirect<Details>?
        // Last, in 6 bytes where an `Int?` and a `String?` took 32: a route's fields then fit
        // the allocator's next smaller block, 16 bytes less for each route.
        var timeout: Int32?
        var payloadVersion: PayloadVersion?
    }

    enum PayloadVersion: String, Sendable, Hashable {
        case v1 = "1.0"
        case v2 = "2.0"
    }

    @usableFromInline struct Details: Sendable, Hashable {
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
