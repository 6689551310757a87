import APISpecCore
import APISpecEmit

/// SARIF 2.1.0 for code-scanning tools: one run, rule metadata for every id reported.
enum SARIFRenderer {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        let ids = Array(Set(diagnostics.map(\.id))).sorted()
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let rules: [JSONValue] = ids.map { id in
            let info = RuleCatalog.info(id)
            return [
                "id": .string(id),
                "shortDescription": ["text": .string(info.summary)],
                "fullDescription": ["text": .string(info.explanation)],
                "help": ["text": .string(info.explanation)],
                "defaultConfiguration": ["level": .string(level(info.severity))],
            ]
        }
        let results: [JSONValue] = diagnostics.map { diagnostic in
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += " (\(hint))" }
            var result: JSONValue = [
                "ruleId": .string(diagnostic.id),
                "ruleIndex": .int(index[diagnostic.id] ?? 0),
                "level": .string(level(diagnostic.severity)),
                "message": ["text": .string(message)],
                "locations": [location(diagnostic.location)],
            ]
            if !diagnostic.notes.isEmpty {
                result["relatedLocations"] = .array(diagnostic.notes.enumerated().map { offset, note in
                    var related = location(note.location)
                    related["id"] = .int(offset)
                    related["message"] = ["text": .string(note.message)]
                    return related
                })
            }
            return result
        }
        return JSONWriter.write([
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "apispec",
                    "version": .string(APISpecVersion.current),
                    "rules": .array(rules),
                ]],
                "columnKind": "unicodeCodePoints",
                "results": .array(results),
            ]],
        ])
    }

    private static func level(_ severity: Diagnostic.Severity) -> String {
        severity == .error ? "error" : "warning"
    }

    private static func location(_ location: SourceLocation) -> JSONValue {
        ["physicalLocation": [
            "artifactLocation": ["uri": .string(location.file)],
            "region": ["startLine": .int(location.line), "startColumn": .int(location.column)],
        ]]
    }
}
