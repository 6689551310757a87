/// One entry of a template's `Resources`.
struct Resource {
    var type: String
    var properties: JSONObject
    /// Logical ids that must exist first when no property refers to them.
    var dependsOn: [String] = []
    /// Facts for tools around the deployment (where a function's code comes from).
    var metadata: JSONObject = [:]
    /// Account-wide settings outlive the stack: deleting them would break other APIs.
    var retain = false

    var json: JSONValue { .object(members(dependsOn: dependsOn.isEmpty ? nil : .array(dependsOn.map(JSONValue.string)))) }

    /// `json`'s members, with `DependsOn`'s value `dependsOnValue` (none when nil): a writer
    /// writes the ids themselves in its place (`TemplateWriter.add(_:_:dependingOn:of:id:)`).
    func members(dependsOn dependsOnValue: JSONValue?) -> JSONObject {
        var members = JSONObject(minimumCapacity: 6)
        members["Type"] = .string(type)
        if retain {
            members["DeletionPolicy"] = "Retain"
            members["UpdateReplacePolicy"] = "Retain"
        }
        if let dependsOnValue { members["DependsOn"] = dependsOnValue }
        if !metadata.isEmpty { members["Metadata"] = .object(metadata) }
        if !properties.isEmpty { members["Properties"] = .object(properties) }
        return members
    }
}
