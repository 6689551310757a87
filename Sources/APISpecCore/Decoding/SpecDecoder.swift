/// YAML tree -> `Spec`. Reports every structural problem it finds in one pass.
public struct SpecDecoder: Sendable {
    public init() {}

    public struct Result: Sendable {
        public var spec: Spec?
        public var diagnostics: [Diagnostic]
    }

    public func decode(_ root: YAMLNode, file: String) -> Result {
        Result(spec: nil, diagnostics: [])
    }
}
