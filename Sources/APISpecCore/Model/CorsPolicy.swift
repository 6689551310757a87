/// `cors:`. HTTP APIs get `CorsConfiguration`; REST APIs get OPTIONS methods and
/// gateway responses carrying the headers.
public struct CorsPolicy: Sendable, Hashable {
    public var allowOrigins: [Located<String>]
    public var allowMethods: [Located<String>]
    public var allowHeaders: [Located<String>]
    public var exposeHeaders: [Located<String>]
    public var allowCredentials: Bool
    /// Seconds browsers may cache a preflight answer.
    public var maxAge: Int?
    public var provenance: Provenance

    public init(provenance: Provenance) {
        self.allowOrigins = []
        self.allowMethods = []
        self.allowHeaders = []
        self.exposeHeaders = []
        self.allowCredentials = false
        self.provenance = provenance
    }
}
