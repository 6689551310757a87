/// A spec string split at its references: `${param:Name}` (a deploy-time parameter) and
/// `${stage:Var}` (a stage variable). Emitters rebuild it in their own syntax, so the
/// parsing lives here once.
public struct SpecString: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case text(String)
        case parameter(String)
        case stageVariable(String)
    }

    public var parts: [Part]

    public init(_ raw: String) {
        // Most spec strings hold no `$`: they are one text part, found without the slow generic search.
        guard UTF8Bytes.contains(UInt8(ascii: "$"), in: raw) else {
            parts = raw.isEmpty ? [] : [.text(raw)]
            return
        }
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(raw)
        // `append(contentsOf:)` takes the Substring as it is; `+=` is the generic Sequence
        // append, whose first call costs the run a conformance search (170,000 instructions).
        while let open = rest.firstRange(of: "${") {
            literal.append(contentsOf: rest[..<open.lowerBound])
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstIndex(of: "}"), let reference = Self.reference(afterOpen[..<close]) else {
                literal += "${"
                rest = afterOpen
                continue
            }
            if !literal.isEmpty { parts.append(.text(literal)) }
            literal = ""
            parts.append(reference)
            rest = afterOpen[afterOpen.index(after: close)...]
        }
        literal.append(contentsOf: rest)
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
    }

    private static func reference(_ body: Substring) -> Part? {
        if body.hasPrefix("param:") { return .parameter(String(body.dropFirst("param:".count))) }
        if body.hasPrefix("stage:") { return .stageVariable(String(body.dropFirst("stage:".count))) }
        return nil
    }

    public var hasReferences: Bool {
        parts.contains { if case .text = $0 { return false } else { return true } }
    }

    /// API Gateway's own syntax for a stage variable inside integration URIs and templates.
    public static func stageVariable(_ name: String) -> String { "${stageVariables.\(name)}" }
}
