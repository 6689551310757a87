import APISpecCore

/// Replaces `${param:Name}` with the parameter's default and `${stage:Var}` with the stage
/// variable, the values a local run has; anything unknown is left as written.
struct LocalSubstitution {
    var parameters: [String: String]
    var stageVariables: [String: String]

    init(spec: Spec, stage: Stage) {
        parameters = spec.parameters.values.reduce(into: [:]) { $0[$1.name] = $1.defaultValue }
        stageVariables = stage.variables.reduce(into: [:]) { $0[$1.key] = $1.value.value }
    }

    func apply(_ text: String) -> String {
        // Most values reference nothing: a `$` is found by its byte at a fraction of the search.
        guard text.utf8.contains(UInt8(ascii: "$")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "${"), let close = rest[open.upperBound...].firstIndex(of: "}") {
            out.append(contentsOf: rest[..<open.lowerBound])
            let reference = rest[open.upperBound..<close]
            out += replacement(for: reference) ?? "${\(reference)}"
            rest = rest[rest.index(after: close)...]
        }
        out.append(contentsOf: rest)
        return out
    }

    private func replacement(for reference: Substring) -> String? {
        guard let colon = reference.firstIndex(of: ":") else { return nil }
        let name = String(reference[reference.index(after: colon)...])
        switch reference[..<colon] {
        case "param": return parameters[name]
        case "stage": return stageVariables[name]
        default: return nil
        }
    }
}
