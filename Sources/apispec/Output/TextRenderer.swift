import APISpecCore

/// Compiler-style text: `file:line:col: severity: message [id]`, the source line, a caret,
/// then the fix hint and notes.
struct TextRenderer {
    var color: Bool
    /// Source lines longer than this are cut around the caret, so a 20 MB line never floods the terminal.
    static let maxExcerpt = 160

    func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        let quoted = Self.quotedLines(of: diagnostics, in: sources)
        var out = ""
        for diagnostic in diagnostics {
            let label = diagnostic.severity == .error ? paint("error", "31") : paint("warning", "33")
            out += "\(paint(diagnostic.location.description + ":", "1")) \(label): \(diagnostic.message) [\(diagnostic.id)]\n"
            out += excerpt(diagnostic.location, quoted)
            if let hint = diagnostic.hint { out += "  = help: \(hint)\n" }
            for note in diagnostic.notes {
                out += "\(note.location): note: \(note.message)\n"
                out += excerpt(note.location, quoted)
            }
        }
        return out
    }

    /// The lines the diagnostics quote, by file and number: each file read once for all of
    /// them (again from disk, for `SourceFile.Quoting.fromDisk`), however many quote it.
    private static func quotedLines(of diagnostics: [Diagnostic], in sources: [String: SourceFile]) -> [String: [Int: Substring]] {
        var numbers: [String: Set<Int>] = [:]
        for diagnostic in diagnostics {
            numbers[diagnostic.location.file, default: []].insert(diagnostic.location.line)
            for note in diagnostic.notes { numbers[note.location.file, default: []].insert(note.location.line) }
        }
        var quoted: [String: [Int: Substring]] = [:]
        for (file, lines) in numbers {
            quoted[file] = sources[file]?.lines(lines)
        }
        return quoted
    }

    private func excerpt(_ location: SourceLocation, _ quoted: [String: [Int: Substring]]) -> String {
        guard let line = quoted[location.file]?[location.line] else { return "" }
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
