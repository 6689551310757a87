import APISpecGateway

/// Compares an event a handler received with AWS's documented example, field by field.
/// Every documented field must be there with the documented value, except masked ones (ids,
/// times, addresses), which need only the same JSON type; no field may be there that AWS
/// does not document, except inside open maps (headers: a real client sends more).
struct EventComparison {
    /// Dotted paths whose values differ run to run.
    var masked: Set<String>
    /// Dotted paths of maps that may hold more members than the example shows.
    var open: Set<String> = ["headers", "multiValueHeaders"]
    /// Documented fields that are only there in situations a local test does not have (mTLS).
    var optional: Set<String> = []

    func differences(_ actual: JSON, _ documented: JSON, at path: String = "") -> [String] {
        if masked.contains(path) {
            return kind(actual) == kind(documented) ? [] : ["\(path): \(actual.text) is not a \(kind(documented))"]
        }
        switch (actual, documented) {
        case (.object(let got), .object(let want)):
            var found: [String] = []
            for (key, value) in want.sorted(by: { $0.key < $1.key }) {
                let child = path.isEmpty ? key : "\(path).\(key)"
                if let mine = got[key] {
                    found += differences(mine, value, at: child)
                } else if !optional.contains(child) {
                    found.append("\(child): missing")
                }
            }
            if !open.contains(path) {
                for key in got.keys.sorted() where want[key] == nil {
                    found.append("\(path.isEmpty ? key : "\(path).\(key)"): not in AWS's example")
                }
            }
            return found
        default:
            return actual == documented ? [] : ["\(path): \(actual.text) instead of \(documented.text)"]
        }
    }

    private func kind(_ value: JSON) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "bool"
        case .int, .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
