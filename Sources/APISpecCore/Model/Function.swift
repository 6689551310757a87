/// A Lambda function, with `defaults.function` merged in. `provenance[key]` points at
/// the function's own value, or at `defaults` when the value was inherited.
public struct Function: Sendable, Hashable {
    public var name: String
    public var settings: FunctionSettings
    public var extensions: Extensions
    public var provenance: Provenance

    public init(name: String, settings: FunctionSettings, provenance: Provenance) {
        self.name = name
        self.settings = settings
        self.extensions = []
        self.provenance = provenance
    }
}

extension Function {
    /// Lambda's defaults, applied where neither the function nor `defaults` says.
    public static let defaultMemory = 128
    public static let defaultTimeout = 3
    public static let defaultCode = "."

    public var runtime: String? { settings.runtime }
    public var memory: Int { settings.memory ?? Self.defaultMemory }
    public var timeout: Int { settings.timeout ?? Self.defaultTimeout }
    public var architecture: Architecture { settings.architecture ?? .x86_64 }
    public var code: String { settings.code ?? Self.defaultCode }
    /// `provided.*` runtimes start `bootstrap`; the handler is free-form there.
    public var isCustomRuntime: Bool { settings.isCustomRuntime }
    public var handler: String { settings.handler ?? (isCustomRuntime ? "bootstrap" : "") }
}
