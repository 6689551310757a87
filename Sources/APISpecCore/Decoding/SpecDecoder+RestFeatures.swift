import OrderedCollections

/// REST-only sections: usage plans, API keys, gateway responses.
extension SpecDecoder {
    func decodeUsagePlans(_ node: YAMLNode, _ context: DecodingContext) -> OrderedDictionary<String, UsagePlan> {
        var result: OrderedDictionary<String, UsagePlan> = [:]
        for (name, key, value) in entries(node, "`usagePlans`", context) {
            result[name] = context.entity("usagePlans", name) {
                var plan = UsagePlan(name: name, provenance: Provenance(key.location))
                guard let fields = context.fields(value, path: "usagePlans.*", what: "usage plan `\(name)`") else { return plan }
                plan.provenance = fields.provenance(key.location)
                plan.extensions = fields.extensions
                plan.description = fields["description"].flatMap { context.string($0, "`description`") }
                plan.throttling = fields["throttling"].flatMap { decodeThrottling($0, path: "usagePlans.*.throttling", context) }
                plan.quota = fields["quota"].flatMap { decodeQuota($0, context) }
                plan.stages = fields["stages"].flatMap { context.stringList($0, "`stages`") }
                return plan
            }
        }
        return result
    }

    private func decodeQuota(_ node: YAMLNode, _ context: DecodingContext) -> UsagePlan.Quota? {
        guard let fields = context.fields(node, path: "usagePlans.*.quota", what: "`quota`") else { return nil }
        context.require("limit", in: fields, what: "`quota`", example: "limit: 100000")
        context.require("period", in: fields, what: "`quota`", example: "period: MONTH")
        let offset = fields["offset"].flatMap { context.int($0, "`offset`", example: "`offset: 0`") }
        guard let limit = fields["limit"].flatMap({ context.int($0, "`limit`", example: "`limit: 100000`") }),
              let period = fields["period"].flatMap({ context.choice($0, "quota period", as: UsagePlan.Period.self) })
        else { return nil }
        return UsagePlan.Quota(limit: limit, period: period, offset: offset)
    }

    func decodeAPIKeys(_ node: YAMLNode, _ context: DecodingContext) -> OrderedDictionary<String, APIKey> {
        var result: OrderedDictionary<String, APIKey> = [:]
        for (name, key, value) in entries(node, "`apiKeys`", context) {
            result[name] = context.entity("apiKeys", name) {
                var apiKey = APIKey(name: name, provenance: Provenance(key.location))
                if value.isNull { return apiKey }
                guard let fields = context.fields(value, path: "apiKeys.*", what: "API key `\(name)`") else { return apiKey }
                apiKey.provenance = fields.provenance(key.location)
                apiKey.extensions = fields.extensions
                apiKey.description = fields["description"].flatMap { context.string($0, "`description`") }
                apiKey.enabled = fields["enabled"].flatMap { context.bool($0, "`enabled`") } ?? true
                apiKey.usagePlans = fields["usagePlans"].flatMap { context.stringList($0, "`usagePlans`") } ?? []
                return apiKey
            }
        }
        return result
    }

    func decodeGatewayResponses(_ node: YAMLNode, _ context: DecodingContext) -> OrderedDictionary<String, GatewayResponse> {
        var result: OrderedDictionary<String, GatewayResponse> = [:]
        for (type, key, value) in entries(node, "`gatewayResponses`", context) {
            result[type] = context.entity("gatewayResponses", type) {
                var response = GatewayResponse(type: type, provenance: Provenance(key.location))
                if !GatewayResponse.types.contains(type) {
                    context.invalidValue(key, type, "gateway response type", allowed: GatewayResponse.types)
                }
                guard let fields = context.fields(value, path: "gatewayResponses.*", what: "gateway response `\(type)`") else {
                    return response
                }
                response.provenance = fields.provenance(key.location)
                response.status = fields["status"].flatMap { context.int($0, "`status`", example: "`status: 403`") }
                let headers = fields["headers"].flatMap { context.stringMap($0, "`headers`") } ?? [:]
                response.headers = headers.map { ($0.key, $0.value.value) }
                response.body = fields["body"].flatMap { context.string($0, "`body`") }
                return response
            }
        }
        return result
    }
}
