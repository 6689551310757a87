import Foundation

/// Content types, as API Gateway judges them.
enum MediaType {
    /// Content types API Gateway passes as text; a missing one counts as text.
    static func isText(_ contentType: String) -> Bool {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return type.isEmpty || type.hasPrefix("text/") || type.hasSuffix("/json") || type.hasSuffix("+json")
            || type.hasSuffix("/xml") || type.hasSuffix("+xml") || type == "application/javascript"
            || type == "application/x-www-form-urlencoded"
    }

    /// `image/png` against `image/png`, `image/*` or `*/*`.
    static func matches(_ contentType: String, pattern: String) -> Bool {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if pattern == "*/*" { return !type.isEmpty }
        if pattern.hasSuffix("/*") { return type.hasPrefix(pattern.dropLast()) }
        return type == pattern
    }
}
