import APISpecCore

/// Custom domain names, their base-path mappings to the emitted stages, a Route 53 alias
/// record when the hosted zone is known, and the DNS target as an output.
enum CustomDomains {
    static func add(to assembly: TemplateAssembly) {
        for domain in assembly.spec.domains.values where !assembly.spec.isBroken("domains", domain.name) {
            guard let id = assembly.names.domains[domain.name] else { continue }
            // A domain is global: a template for one stage carries only the domains that stage uses.
            let mappings = domain.mappings.filter { assembly.stages[$0.stage.value] != nil }
            guard !mappings.isEmpty || assembly.stages.count == assembly.spec.effectiveStages.count else { continue }
            let kind = DomainKind(domain, protocol: assembly.spec.apiProtocol)
            var resource = kind.domainResource(domain, text: assembly.text)
            PropertyOverrides.apply(domain.extensions, to: &resource.properties)
            assembly.add(id, resource)
            for mapping in mappings {
                guard let stage = assembly.names.stages[mapping.stage.value] else { continue }
                let key = mappingKey(mapping.basePath.value)
                let mappingID = assembly.claim(id + (key.isEmpty ? "Root" : LogicalID.pascalCase(key)), suffix: "Mapping")
                assembly.add(mappingID, kind.mappingResource(domain: id, stage: stage, key: key, api: assembly.api))
            }
            guard let target = kind.dnsTarget else { continue }
            if let zone = domain.hostedZoneId {
                assembly.add(assembly.claim(id, suffix: "Record"), Resource(type: "AWS::Route53::RecordSet", properties: [
                    "HostedZoneId": assembly.text.value(zone),
                    "Name": .string(domain.name),
                    "Type": "A",
                    "AliasTarget": [
                        "DNSName": Intrinsic.getAtt(id, target.name),
                        "HostedZoneId": Intrinsic.getAtt(id, target.hostedZone),
                    ],
                ]))
            }
            assembly.addOutput(
                id + "Target", description: "DNS target (alias or CNAME) of \(domain.name)",
                value: Intrinsic.getAtt(id, target.name))
        }
    }

    /// `/` maps the domain's root (no key); `/v1/` is `v1`.
    static func mappingKey(_ basePath: String) -> String {
        basePath.split(separator: "/").joined(separator: "/")
    }
}
