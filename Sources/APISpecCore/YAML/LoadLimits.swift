/// Bounds that keep hostile input harmless. Each one, when hit, is a diagnostic.
public struct LoadLimits: Sendable {
    /// Largest input accepted, in bytes (16 MiB by default; `--max-size` raises it).
    public var maxBytes: Int = 16 << 20
    /// Deepest nesting of lists and mappings. Checked while parsing.
    public var maxDepth: Int = 128
    /// Most alias uses (`*name`) in one file.
    public var maxAliases: Int = 1_000
    /// Most nodes in the tree after expanding aliases ("billion laughs" guard).
    public var maxNodes: Int = 5_000_000

    public init() {}
}
