import APISpecCore

/// Runs the rules over a decoded spec; `check` is the whole pipeline the CLI and
/// the emitters call.
public enum Validator {
    /// Every rule's findings, once per id and location: a value inherited from
    /// `defaults` is reported where it was written, not once per inheritor.
    public static func validate(
        _ spec: Spec, rules: [any Rule] = RuleRegistry.all, shared: SharedWork = SharedWork()
    ) -> [Diagnostic] {
        let blockFindings = BlockPass.pays(for: spec) ? BlockPass.findings(of: rules, in: spec, shared: shared) : nil
        var seen = Set<FindingKey>()
        var result: [Diagnostic] = []
        for (index, rule) in rules.enumerated() {
            var found: [Diagnostic] = []
            if let blockFound = blockFindings?[index] ?? nil {
                found = blockFound
            } else {
                rule.check(spec, shared: shared, &found)
            }
            result += found.filter { seen.insert(FindingKey($0)).inserted }
        }
        return result.sortedForOutput()
    }

    /// Bytes -> loader and decoder -> rules. Rules run only when a spec came out,
    /// and say nothing at a place the decoder already reported an error (no cascades).
    /// `shared` keeps what the rules computed, for a caller that needs it next (`emit`).
    public static func check(
        _ bytes: consuming [UInt8], path: String, limits: LoadLimits = LoadLimits(), quoting: SourceFile.Quoting = .fromMemory,
        rules: [any Rule] = RuleRegistry.all, shared: SharedWork = SharedWork()
    ) -> Frontend.Result {
        var result = Frontend.load(consume bytes, path: path, limits: limits, quoting: quoting)
        guard let spec = result.spec else {
            result.diagnostics = result.diagnostics.sortedForOutput()
            return result
        }
        let reported = Set(result.diagnostics.filter { $0.severity == .error }.map(\.location))
        var findings = validate(spec, rules: rules, shared: shared).filter { !reported.contains($0.location) }
        if spec.keys.lostTrack {
            findings.append(.specChanged(at: spec.rootLocation))
        }
        result.diagnostics = (result.diagnostics + findings).sortedForOutput()
        return result
    }

    private struct FindingKey: Hashable {
        var id: String
        var location: SourceLocation
        init(_ diagnostic: Diagnostic) {
            id = diagnostic.id
            location = diagnostic.location
        }
    }
}
