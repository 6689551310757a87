import APISpecCore
import APISpecValidation

/// Metadata for every diagnostic id: the validator's rules and the loader's and decoder's checks.
enum RuleCatalog {
    struct Info {
        var severity: Diagnostic.Severity
        var summary: String
        var explanation: String
    }

    static func info(_ id: String) -> Info {
        if let rule = SpecCheck.rules.first(where: { $0.id == id }) {
            return Info(severity: rule.severity, summary: rule.summary, explanation: rule.explanation)
        }
        let summary = frontEnd[id] ?? id
        return Info(severity: .error, summary: summary,
                    explanation: summary + " Reported while reading the file, before any rule runs.")
    }

    /// Loader and decoder checks: always errors.
    static let frontEnd: [String: String] = [
        "yaml-syntax": "The file is not valid YAML.",
        "invalid-encoding": "The file is not UTF-8 text (invalid bytes or a NUL byte).",
        "input-too-large": "The file, or what its aliases expand to, is over the size limit.",
        "nesting-too-deep": "Lists and mappings are nested deeper than the limit.",
        "too-many-aliases": "The file uses more YAML aliases than the limit.",
        "recursive-alias": "A YAML alias refers to the node that contains it.",
        "unknown-anchor": "A YAML alias names an anchor that was not defined before it.",
        "multiple-documents": "The file holds more than one YAML document.",
        "empty-spec": "The file has no content.",
        "duplicate-key": "A mapping has the same key twice.",
        "complex-key": "A mapping key is a list or mapping instead of a plain value.",
        "unknown-key": "A key the spec language does not know (custom keys start with `x-`).",
        "wrong-type": "A value has the wrong YAML type.",
        "missing-key": "A required key is missing.",
        "invalid-value": "A value is not one of the allowed choices.",
        "unsupported-version": "The `apispec:` format version is not supported.",
        "spec-changed": "The file changed on disk while it was being checked, so findings may be missing.",
    ]
}
