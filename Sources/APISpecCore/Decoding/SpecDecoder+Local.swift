import OrderedCollections

extension SpecDecoder {
    func decodeLocal(_ node: YAMLNode, _ context: DecodingContext) -> LocalSettings? {
        context.entity("local", "settings") {
            guard let fields = context.fields(node, path: "local", what: "`local`") else { return nil }
            var local = LocalSettings(provenance: fields.provenance(node.location))
            local.host = fields["host"].flatMap { context.string($0, "`host`") }
            local.port = fields["port"].flatMap { context.int($0, "`port`", example: "`port: 3000`") }
            local.stage = fields["stage"].flatMap { context.located($0, "`stage`") }
            local.jwks = fields["jwks"].flatMap { context.stringMap($0, "`jwks`") } ?? [:]
            local.apiKeys = fields["apiKeys"].flatMap { context.stringMap($0, "`apiKeys`") } ?? [:]
            if let functions = fields["functions"] {
                for (name, key, value) in entries(functions, "`local.functions`", context) {
                    guard let entry = context.fields(value, path: "local.functions.*", what: "local function `\(name)`") else {
                        continue
                    }
                    context.require("command", in: entry, what: "local function `\(name)`", example: "command: [python3, app.py]")
                    guard let command = entry["command"].flatMap({ context.stringList($0, "`command`") }) else { continue }
                    var function = LocalFunction(command: command.map(\.value), provenance: entry.provenance(key.location))
                    function.environment = entry["environment"].flatMap { context.stringMap($0, "`environment`") }?
                        .mapValues(\.value) ?? [:]
                    local.functions[name] = function
                }
            }
            return local
        }
    }
}
