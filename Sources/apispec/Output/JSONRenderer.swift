import APISpecCore
import APISpecEmit

/// The documented, stable `--format json`: see docs/diagnostics-json.md.
enum JSONRenderer {
    static let formatVersion = 1

    static func render(_ diagnostics: [Diagnostic]) -> String {
        let items: [JSONValue] = diagnostics.map { diagnostic in
            var object: JSONValue = [
                "file": .string(diagnostic.location.file),
                "line": .int(diagnostic.location.line),
                "column": .int(diagnostic.location.column),
                "severity": .string(diagnostic.severity.rawValue),
                "id": .string(diagnostic.id),
                "message": .string(diagnostic.message),
            ]
            if let hint = diagnostic.hint { object["hint"] = .string(hint) }
            if !diagnostic.notes.isEmpty {
                object["notes"] = .array(diagnostic.notes.map { note in
                    ["file": .string(note.location.file), "line": .int(note.location.line),
                     "column": .int(note.location.column), "message": .string(note.message)]
                })
            }
            return object
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        return JSONWriter.write([
            "version": .int(formatVersion),
            "errors": .int(errors),
            "warnings": .int(diagnostics.count - errors),
            "diagnostics": .array(items),
        ])
    }
}
