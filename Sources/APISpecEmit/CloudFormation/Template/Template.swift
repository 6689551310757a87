import OrderedCollections

/// A CloudFormation template being assembled; `json` is the document, in a fixed section order.
struct Template {
    var description: String
    var parameters: OrderedDictionary<String, JSONValue> = [:]
    var resources: OrderedDictionary<String, Resource> = [:]
    var outputs: OrderedDictionary<String, JSONValue> = [:]

    static let formatVersion = "2010-09-09"

    var json: JSONValue {
        var document: OrderedDictionary<String, JSONValue> = [
            "AWSTemplateFormatVersion": .string(Self.formatVersion),
            "Description": .string(description),
        ]
        if !parameters.isEmpty { document["Parameters"] = .object(parameters) }
        document["Resources"] = .object(resources.mapValues(\.json))
        if !outputs.isEmpty { document["Outputs"] = .object(outputs) }
        return .object(document)
    }
}
