/// `defaults:`. Its function settings are already merged into every `Function`;
/// it is kept so rules can point at what was written here.
public struct Defaults: Sendable {
    /// `defaults.function` as written (nil if absent).
    public var function: FunctionSettings?
    /// Where each `defaults.function` field was written.
    public var functionProvenance: Provenance?
    /// `defaults.auth`: the auth every route uses unless it says otherwise.
    public var auth: Located<AuthChoice>?
    /// `defaults.timeout`: integration timeout in milliseconds for every route.
    public var timeoutMilliseconds: Located<Int>?
    /// `defaults.payloadVersion` (HTTP APIs).
    public var payloadVersion: Located<String>?
    public var extensions: Extensions = []
    public var provenance: Provenance

    public init(provenance: Provenance) {
        self.provenance = provenance
    }
}
