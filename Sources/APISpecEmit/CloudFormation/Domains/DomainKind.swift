import APISpecCore

/// Which API Gateway resources carry a custom domain. HTTP and WebSocket APIs use the v2
/// domain (TLS_1_2 is all they support). REST APIs use the v1 domain, which also takes AWS's
/// enhanced `SecurityPolicy_*` policies; a private REST API gets a private domain (`V2` in
/// v1's namespace), reached through VPC endpoints only.
enum DomainKind {
    case httpRegional, restRegional, restEdge, restPrivate

    init(_ domain: Domain, protocol apiProtocol: APIProtocol) {
        guard apiProtocol == .rest else {
            self = .httpRegional
            return
        }
        switch domain.effectiveEndpoint {
        case .regional: self = .restRegional
        case .edge: self = .restEdge
        case .private: self = .restPrivate
        }
    }

    /// The attributes a DNS alias record points at; private domains resolve through the
    /// VPC endpoint instead.
    var dnsTarget: (name: String, hostedZone: String)? {
        switch self {
        case .httpRegional, .restRegional: return ("RegionalDomainName", "RegionalHostedZoneId")
        case .restEdge: return ("DistributionDomainName", "DistributionHostedZoneId")
        case .restPrivate: return nil
        }
    }

    func domainResource(_ domain: Domain, text: TemplateText) -> Resource {
        let certificate = domain.certificate.map { text.value($0.value) }
        let policy = JSONValue.string(domain.effectiveSecurityPolicy)
        var properties: JSONObject = ["DomainName": .string(domain.name)]
        switch self {
        case .httpRegional:
            var configuration: JSONObject = [:]
            configuration["CertificateArn"] = certificate
            configuration["EndpointType"] = "REGIONAL"
            configuration["SecurityPolicy"] = policy
            properties["DomainNameConfigurations"] = [.object(configuration)]
            properties["MutualTlsAuthentication"] = mutualTLS(domain, text: text)
            return Resource(type: "AWS::ApiGatewayV2::DomainName", properties: properties)
        case .restRegional, .restEdge:
            properties[self == .restEdge ? "CertificateArn" : "RegionalCertificateArn"] = certificate
            properties["EndpointConfiguration"] = ["Types": [self == .restEdge ? "EDGE" : "REGIONAL"]]
            properties["SecurityPolicy"] = policy
            properties["EndpointAccessMode"] = Self.accessMode(domain)
            properties["MutualTlsAuthentication"] = mutualTLS(domain, text: text)
            return Resource(type: "AWS::ApiGateway::DomainName", properties: properties)
        case .restPrivate:
            properties["CertificateArn"] = certificate
            properties["EndpointConfiguration"] = ["Types": ["PRIVATE"]]
            properties["SecurityPolicy"] = policy
            properties["EndpointAccessMode"] = Self.accessMode(domain)
            properties["Policy"] = RESTAPI.privateEndpointPolicy
            return Resource(type: "AWS::ApiGateway::DomainNameV2", properties: properties)
        }
    }

    /// Regional and HTTP domains map with v2 API mappings, the only kind that takes
    /// multi-level keys (`orders/v1`); edge and private domains have their own mappings.
    func mappingResource(domain: String, stage: String, key: String, api: String) -> Resource {
        var properties: JSONObject = [:]
        switch self {
        case .httpRegional, .restRegional:
            properties = ["ApiId": Intrinsic.ref(api), "DomainName": Intrinsic.ref(domain), "Stage": Intrinsic.ref(stage)]
            if !key.isEmpty { properties["ApiMappingKey"] = .string(key) }
            return Resource(type: "AWS::ApiGatewayV2::ApiMapping", properties: properties)
        case .restEdge:
            properties = ["DomainName": Intrinsic.ref(domain), "RestApiId": Intrinsic.ref(api), "Stage": Intrinsic.ref(stage)]
            if !key.isEmpty { properties["BasePath"] = .string(key) }
            return Resource(type: "AWS::ApiGateway::BasePathMapping", properties: properties)
        case .restPrivate:
            properties = [
                "DomainNameArn": Intrinsic.getAtt(domain, "DomainNameArn"),
                "RestApiId": Intrinsic.ref(api),
                "Stage": Intrinsic.ref(stage),
            ]
            if !key.isEmpty { properties["BasePath"] = .string(key) }
            return Resource(type: "AWS::ApiGateway::BasePathMappingV2", properties: properties)
        }
    }

    /// AWS requires an access mode with enhanced (`SecurityPolicy_*`) policies; STRICT is
    /// the one AWS recommends.
    private static func accessMode(_ domain: Domain) -> JSONValue? {
        domain.effectiveSecurityPolicy.hasPrefix("SecurityPolicy_") ? "STRICT" : nil
    }

    private func mutualTLS(_ domain: Domain, text: TemplateText) -> JSONValue? {
        guard let tls = domain.mutualTls else { return nil }
        var authentication: JSONObject = ["TruststoreUri": text.value(tls.truststore.value)]
        authentication["TruststoreVersion"] = tls.version.map(JSONValue.string)
        return .object(authentication)
    }
}
