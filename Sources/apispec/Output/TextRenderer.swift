import APISpecCore

/// Compiler-style text: `file:line:col: severity: message [id]`, the source line, a caret,
/// then the fix hint and notes.
struct TextRenderer {
    var color: Bool
    /// Source lines longer than this are cut around the caret, so a 20 MB line never floods the terminal.
    static let maxExcerpt = 160

    func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        // Each quoted file's lines found once, however many diagnostics quote it.
        var sources = Self.restored(sources, quotedBy: diagnostics).mapValues(\.lines)
        var out = ""
        for diagnostic in diagnostics {
            let label = diagnostic.severity == .error ? paint("error", "31") : paint("warning", "33")
            out += "\(paint(diagnostic.location.description + ":", "1")) \(label): \(diagnostic.message) [\(diagnostic.id)]\n"
            out += excerpt(diagnostic.location, &sources)
            if let hint = diagnostic.hint { out += "  = help: \(hint)\n" }
            for note in diagnostic.notes {
                out += "\(note.location): note: \(note.message)\n"
                out += excerpt(note.location, &sources)
            }
        }
        return out
    }

    /// The sources read again from disk (`SourceFile.Quoting.fromDisk`) that a diagnostic
    /// quotes, each once; the others as they are.
    private static func restored(_ sources: [String: SourceFile], quotedBy diagnostics: [Diagnostic]) -> [String: SourceFile] {
        var sources = sources
        var quoted = Set<String>()
        for diagnostic in diagnostics {
            quoted.insert(diagnostic.location.file)
            for note in diagnostic.notes { quoted.insert(note.location.file) }
        }
        for file in quoted {
            sources[file] = sources[file]?.restored()
        }
        return sources
    }

    private func excerpt(_ location: SourceLocation, _ sources: inout [String: SourceFile.Lines]) -> String {
        guard let line = sources[location.file]?.line(location.line) else { return "" }
        var text = Array(line)
        var column = location.column - 1
        if text.count > Self.maxExcerpt {
            let start = max(0, min(column - Self.maxExcerpt / 2, text.count - Self.maxExcerpt))
            text = Array(text[start..<min(text.count, start + Self.maxExcerpt)])
            column -= start
        }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let padding = String(text.prefix(max(0, column)).map { $0 == "\t" ? "\t" : " " })
        return " \(number) | \(String(text))\n \(gutter) | \(padding)\(paint("^", "32"))\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
