import OrderedCollections

/// A CloudFormation template being assembled; `json` is the document, in a fixed section order.
struct Template {
    var description: String
    var parameters: JSONObject = [:]
    var resources: OrderedDictionary<String, Resource> = [:]
    var outputs: JSONObject = [:]

    static let formatVersion = "2010-09-09"
    /// CloudFormation refuses a longer template description.
    static let maximumDescriptionBytes = 1024

    /// `text`, cut at a character boundary to fit CloudFormation's limit.
    static func description(_ text: String) -> String {
        var result = ""
        for character in text {
            guard result.utf8.count + character.utf8.count <= maximumDescriptionBytes else { break }
            result.append(character)
        }
        return result
    }

    var json: JSONValue {
        var document = head
        document["Resources"] = .object(JSONObject(resources.mapValues(\.json)))
        document.merge(tail) { own, _ in own }
        return .object(document)
    }

    /// The sections before `Resources`, in order.
    var head: JSONObject {
        var head: JSONObject = [
            "AWSTemplateFormatVersion": .string(Self.formatVersion),
            "Description": .string(description),
        ]
        if !parameters.isEmpty { head["Parameters"] = .object(parameters) }
        return head
    }

    /// The sections after `Resources`, in order.
    var tail: JSONObject {
        outputs.isEmpty ? [:] : ["Outputs": .object(outputs)]
    }
}
