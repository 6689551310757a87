/// Writes a `JSONValue` deterministically: two-space indent, keys in insertion order,
/// integers without a fraction, doubles in their shortest round-trip form, a trailing newline.
public enum JSONWriter {
    public static func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let bool): out += bool ? "true" : "false"
        case .int(let int): out += String(int)
        case .double(let double): out += format(double)
        case .string(let string): writeString(string, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            pad(indent, &out)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (index, (key, member)) in members.enumerated() {
                pad(indent + 1, &out)
                writeString(key, into: &out)
                out += ": "
                write(member, indent: indent + 1, into: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            pad(indent, &out)
            out += "}"
        }
    }

    private static func pad(_ level: Int, _ out: inout String) {
        out += level < pads.count ? pads[level] : String(repeating: "  ", count: level)
    }

    /// Indentation made once, not once per line.
    private static let pads = (0..<32).map { String(repeating: "  ", count: $0) }

    /// Whole doubles print as integers (`2.0` -> `2`); JSON has no NaN or infinity, so they print as null.
    static func format(_ double: Double) -> String {
        guard double.isFinite else { return "null" }
        if double == double.rounded(), abs(double) < 1e15 { return String(Int(double)) }
        return "\(double)"
    }

    private static func writeString(_ string: String, into out: inout String) {
        out += "\""
        // Almost every string needs no escape: copy it whole instead of scalar by scalar.
        guard string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out += string
            out += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
