import APISpecCore

/// A `${param:Name}` or `${stage:Name}` written inside a string of the spec.
struct Reference: Hashable {
    enum Namespace: String {
        case param, stage
    }

    var namespace: Namespace
    var name: String
    /// The `$` of the reference when it can be placed exactly, else the string's start.
    var location: SourceLocation
}

extension Reference {
    /// Every reference in every scalar of the spec, keys included, in source order.
    static func all(in spec: Spec) -> [Reference] {
        var found: [Reference] = []
        for node in spec.referenceScalars {
            guard case .scalar(let text, let style) = node.kind else { continue }
            for (namespace, name, offset) in scan(text) {
                let location = exactLocation(of: node.location, style: style, text: text, offset: offset)
                found.append(Reference(namespace: namespace, name: name, location: location))
            }
        }
        return found
    }

    /// `(namespace, name, offset of "$" in Unicode scalars)` for each reference in `text`.
    static func scan(_ text: String) -> [(Namespace, String, Int)] {
        let scalars = Array(text.unicodeScalars)
        var found: [(Namespace, String, Int)] = []
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "$", scalars[index + 1] == "{",
                  let close = scalars[(index + 2)...].firstIndex(of: "}") else {
                index += 1
                continue
            }
            let body = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
            if let colon = body.firstIndex(of: ":"), let namespace = Namespace(rawValue: String(body[..<colon])) {
                found.append((namespace, String(body[body.index(after: colon)...]), index))
            }
            index = close + 1
        }
        return found
    }

    /// The scalar's start advanced to the reference, when nothing before it can have
    /// changed length between source and value (folded line breaks, quote escapes).
    private static func exactLocation(
        of start: SourceLocation, style: YAMLNode.ScalarStyle, text: String, offset: Int
    ) -> SourceLocation {
        let prefix = text.unicodeScalars.prefix(offset)
        let unchanged = !prefix.contains { $0 == " " || $0 == "\t" || $0 == "\n" }
        switch style {
        case .plain where unchanged:
            return start.advanced(by: offset)
        case .singleQuoted where unchanged && !prefix.contains("'"):
            return start.advanced(by: offset + 1)
        case .doubleQuoted where offset == 0:
            return start.advanced(by: 1)
        default:
            return start
        }
    }
}
