import APISpecCore

/// The escape hatch for what the spec language does not say: an `x-cloudformation` mapping on
/// the spec, a function, a stage, a domain, a usage plan, an API key or a parameter is merged
/// into that entity's resource properties (or parameter definition), overriding what apispec
/// wrote: `x-cloudformation: {VpcConfig: {...}}` on a function.
enum PropertyOverrides {
    static let key = "x-cloudformation"

    static func apply(_ extensions: Extensions, to properties: inout JSONObject) {
        for overrides in all(extensions) { properties.merge(overrides) { _, override in override } }
    }

    /// Whether `extensions` hold an `x-cloudformation` key at all: without one, properties
    /// need not be made into a value to be overridden.
    static func present(in extensions: Extensions) -> Bool {
        extensions.contains { $0.keyText == key }
    }

    /// Whether `extensions` override `property`.
    static func overrides(_ property: String, in extensions: Extensions) -> Bool {
        all(extensions).contains { $0[property] != nil }
    }

    private static func all(_ extensions: Extensions) -> [JSONObject] {
        extensions.compactMap { pair in
            guard pair.keyText == key, case .object(let overrides) = JSONValue(yaml: pair.value) else { return nil }
            return overrides
        }
    }
}
