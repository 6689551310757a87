import OrderedCollections

extension SpecDecoder {
    func decodeStages(_ node: YAMLNode, _ context: DecodingContext) -> OrderedDictionary<String, Stage> {
        var result: OrderedDictionary<String, Stage> = [:]
        for (name, key, value) in entries(node, "`stages`", context) {
            result[name] = context.entity("stages", name) {
                var stage = Stage(name: name, provenance: Provenance(key.location))
                if value.isNull { return stage }
                guard let fields = context.fields(value, path: "stages.*", what: "stage `\(name)`") else { return stage }
                stage.provenance = fields.provenance(key.location)
                stage.extensions = fields.extensions
                stage.description = fields["description"].flatMap { context.string($0, "`description`") }
                stage.variables = fields["variables"].flatMap { context.stringMap($0, "`variables`") } ?? [:]
                stage.throttling = fields["throttling"].flatMap { decodeThrottling($0, path: "stages.*.throttling", context) }
                stage.accessLog = fields["accessLog"].flatMap { decodeAccessLog($0, context) }
                stage.tracing = fields["tracing"].flatMap { context.bool($0, "`tracing`") }
                stage.logging = fields["logging"].flatMap { context.choice($0, "logging level", as: Stage.LogLevel.self) }
                stage.metrics = fields["metrics"].flatMap { context.bool($0, "`metrics`") }
                stage.canary = fields["canary"].flatMap { decodeCanary($0, context) }
                stage.cacheSize = fields["cacheSize"].flatMap { context.string($0, "`cacheSize`") }
                return stage
            }
        }
        return result
    }

    private func decodeAccessLog(_ node: YAMLNode, _ context: DecodingContext) -> AccessLog? {
        guard let fields = context.fields(node, path: "stages.*.accessLog", what: "`accessLog`") else { return nil }
        var log = AccessLog(provenance: fields.provenance(node.location))
        if let format = fields["format"], let text = context.string(format, "`format`") {
            if let known = AccessLog.Format(rawValue: text) {
                log.format = known
            } else if text.contains("$context") {
                log.customFormat = text
            } else {
                context.invalidValue(format, text, "access log format (or a `$context...` format string)",
                                     allowed: AccessLog.Format.allCases.map(\.rawValue))
            }
        }
        log.retentionDays = fields["retentionDays"].flatMap { context.int($0, "`retentionDays`", example: "`retentionDays: 30`") }
        log.destination = fields["destination"].flatMap { context.located($0, "`destination`") }
        return log
    }

    private func decodeCanary(_ node: YAMLNode, _ context: DecodingContext) -> Canary? {
        guard let fields = context.fields(node, path: "stages.*.canary", what: "`canary`") else { return nil }
        context.require("percent", in: fields, what: "`canary`", example: "percent: 10")
        guard let percent = fields["percent"].flatMap({ context.double($0, "`percent`", example: "`percent: 10`") }) else {
            return nil
        }
        var canary = Canary(percent: percent, provenance: fields.provenance(node.location))
        canary.variables = fields["variables"].flatMap { context.stringMap($0, "`variables`") } ?? [:]
        return canary
    }
}
