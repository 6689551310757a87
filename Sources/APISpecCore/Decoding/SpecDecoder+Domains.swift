import OrderedCollections

extension SpecDecoder {
    func decodeDomains(_ node: YAMLNode, _ context: DecodingContext) -> OrderedDictionary<String, Domain> {
        var result: OrderedDictionary<String, Domain> = [:]
        for (name, key, value) in entries(node, "`domains`", context) {
            result[name] = context.entity("domains", name) {
                var domain = Domain(name: name, provenance: Provenance(key.location))
                guard let fields = context.fields(value, path: "domains.*", what: "domain `\(name)`") else { return domain }
                domain.provenance = fields.provenance(key.location)
                domain.extensions = fields.extensions
                context.require("certificate", in: fields, what: "domain `\(name)`", example: "certificate: ${param:CertificateArn}")
                domain.certificate = fields["certificate"].flatMap { context.located($0, "`certificate`") }
                domain.endpoint = fields["endpoint"].flatMap { context.choice($0, "endpoint type", as: EndpointType.self) }
                domain.securityPolicy = fields["securityPolicy"].flatMap { context.string($0, "`securityPolicy`") }
                domain.hostedZoneId = fields["hostedZoneId"].flatMap { context.string($0, "`hostedZoneId`") }
                domain.mutualTls = fields["mutualTls"].flatMap { decodeMutualTLS($0, context) }
                if let mappings = fields["mappings"], let map = context.stringMap(mappings, "`mappings`") {
                    let keys = mappings.pairs ?? []
                    domain.mappings = zip(keys, map.values).map { pair, stage in
                        (Located(pair.keyText, at: pair.keyLocation), stage)
                    }
                }
                return domain
            }
        }
        return result
    }

    private func decodeMutualTLS(_ node: YAMLNode, _ context: DecodingContext) -> MutualTLS? {
        guard let fields = context.fields(node, path: "domains.*.mutualTls", what: "`mutualTls`") else { return nil }
        context.require("truststore", in: fields, what: "`mutualTls`", example: "truststore: s3://bucket/truststore.pem")
        guard let truststore = fields["truststore"].flatMap({ context.located($0, "`truststore`") }) else { return nil }
        return MutualTLS(truststore: truststore, version: fields["version"].flatMap { context.string($0, "`version`") })
    }
}
