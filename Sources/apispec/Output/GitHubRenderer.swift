import APISpecCore

/// GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=ID::message`.
enum GitHubRenderer {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let command = diagnostic.severity == .error ? "error" : "warning"
            let location = diagnostic.location
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += " (\(hint))" }
            let properties = "file=\(property(location.file)),line=\(location.line),col=\(location.column),title=\(property(diagnostic.id))"
            return "::\(command) \(properties)::\(escape(message))\n"
        }.joined()
    }

    /// Data escaping from GitHub's toolkit: `%`, CR and LF.
    private static func escape(_ text: String) -> String {
        escape(text, ["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Property escaping additionally covers `:` and `,`.
    private static func property(_ text: String) -> String {
        escape(text, ["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    /// Scalar by scalar, so CR LF (one Character in Swift) is two escapes, as in the toolkit.
    private static func escape(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] { escaped += replacement } else { escaped.unicodeScalars.append(scalar) }
        }
        return escaped
    }
}
