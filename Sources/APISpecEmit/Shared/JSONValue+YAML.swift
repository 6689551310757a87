import APISpecCore

extension JSONValue {
    /// A YAML tree as JSON, scalars resolved by YAML 1.2's core schema: how `x-` pass-through
    /// values and JSON Schema bodies written in YAML reach the emitted documents.
    public init(yaml node: YAMLNode) {
        switch node.kind {
        case .sequence(let items):
            self = .array(items.map(JSONValue.init(yaml:)))
        case .mapping(let pairs):
            var members: JSONObject = [:]
            for pair in pairs { members[pair.keyText] = JSONValue(yaml: pair.value) }
            self = .object(members)
        case .scalar(let text, _):
            switch node.resolvedScalar {
            case .null: self = .null
            case .bool(let bool): self = .bool(bool)
            case .int(let int): self = .int(int)
            case .double(let double): self = double.isFinite ? .double(double) : .string(text)
            case .string(let string): self = .string(string)
            }
        }
    }
}
