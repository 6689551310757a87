import APISpecCore

extension TemplateText {
    /// `value(raw)`: a string without `$`, as most of a function's environment values and
    /// policy resources are, is its own text, found without the `SpecString` (and its list of
    /// parts) that `value` makes of it, some 500 instructions.
    func literalOrValue(_ raw: String) -> JSONValue {
        UTF8Bytes.contains(UInt8(ascii: "$"), in: raw) ? value(raw) : .string(raw)
    }
}
