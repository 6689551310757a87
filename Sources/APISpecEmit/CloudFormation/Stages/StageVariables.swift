import APISpecCore
import OrderedCollections

/// Stage variables and canary overrides: values may name deploy-time parameters.
enum StageVariables {
    static func json(_ variables: OrderedDictionary<String, Located<String>>, text: TemplateText) -> JSONValue? {
        guard !variables.isEmpty else { return nil }
        return .object(JSONObject(variables.mapValues { text.value($0.value) }))
    }
}
