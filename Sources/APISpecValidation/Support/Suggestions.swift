import APISpecCore

/// The hint for a name that refers to nothing: the closest declared name, if any.
enum Suggestions {
    static func hint(for name: String, among declared: [String], section: String, alternatives: String? = nil)
        -> String
    {
        if let closest = Suggestion.closest(to: name, in: declared) {
            return "did you mean '\(closest)'?"
        }
        let declareIt = "declare it under `\(section):`"
        guard let alternatives else { return declareIt }
        return "\(declareIt), or use \(alternatives)"
    }
}
