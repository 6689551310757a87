import APISpecCore

/// `parameters:` become template `Parameters`; two more say where function code lives.
enum TemplateParameters {
    static func add(to assembly: TemplateAssembly) {
        for parameter in assembly.spec.parameters.values {
            guard let id = assembly.names.parameters[parameter.name] else { continue }
            var members: JSONObject = ["Type": .string(parameter.type)]
            if let description = parameter.description { members["Description"] = .string(description) }
            if !parameter.allowed.isEmpty { members["AllowedValues"] = .array(parameter.allowed.map { .string($0.value) }) }
            if let value = parameter.defaultValue { members["Default"] = .string(value) }
            PropertyOverrides.apply(parameter.extensions, to: &members)
            assembly.addParameter(id, .object(members))
        }
        // Code is uploaded as `<CodeVersion>/<function>.zip`: a new prefix per release makes
        // CloudFormation see new code (see docs/cloudformation.md).
        if let bucket = assembly.names.codeBucket, let version = assembly.names.codeVersion {
            assembly.addParameter(bucket, [
                "Type": "String",
                "Description": "S3 bucket holding the function code zips",
            ])
            assembly.addParameter(version, [
                "Type": "String",
                "Description": "Key prefix of this release's code zips: <CodeVersion>/<function>.zip",
                "AllowedPattern": "[A-Za-z0-9._/-]+",
            ])
        }
    }
}
