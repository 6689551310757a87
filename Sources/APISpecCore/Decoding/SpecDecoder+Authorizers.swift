import OrderedCollections

extension SpecDecoder {
    func decodeAuthorizers(_ node: YAMLNode, _ context: DecodingContext) -> OrderedDictionary<String, Authorizer> {
        var result: OrderedDictionary<String, Authorizer> = [:]
        for (name, key, value) in entries(node, "`authorizers`", context) {
            let authorizer = context.entity("authorizers", name) { () -> Authorizer? in
                guard let fields = context.fields(value, path: "authorizers.*", what: "authorizer `\(name)`") else { return nil }
                context.require("type", in: fields, what: "authorizer `\(name)`", example: "type: jwt")
                guard let kind = fields["type"].flatMap({ context.choice($0, "authorizer type", as: Authorizer.Kind.self) }) else {
                    return nil
                }
                var authorizer = Authorizer(name: name, kind: kind, provenance: fields.provenance(key.location))
                authorizer.extensions = fields.extensions
                authorizer.issuer = fields["issuer"].flatMap { context.string($0, "`issuer`") }
                authorizer.audience = fields["audience"].flatMap { context.stringList($0, "`audience`") } ?? []
                authorizer.userPools = fields["userPools"].flatMap { context.stringList($0, "`userPools`") } ?? []
                authorizer.function = fields["function"].flatMap { context.located($0, "`function`") }
                authorizer.identitySource = fields["identitySource"].flatMap { context.stringList($0, "`identitySource`") } ?? []
                authorizer.tokenHeader = fields["tokenHeader"].flatMap { context.string($0, "`tokenHeader`") }
                authorizer.tokenPattern = fields["tokenPattern"].flatMap { context.string($0, "`tokenPattern`") }
                authorizer.resultTtl = fields["resultTtl"].flatMap { context.int($0, "`resultTtl`", example: "`resultTtl: 300` (seconds)") }
                authorizer.simpleResponses = fields["simpleResponses"].flatMap { context.bool($0, "`simpleResponses`") }
                authorizer.payloadVersion = fields["payloadVersion"].flatMap { context.payloadVersion($0, "payload version") }
                requireKindSettings(authorizer, fields, context)
                return authorizer
            }
            if let authorizer { result[name] = authorizer }
        }
        return result
    }

    private func requireKindSettings(_ authorizer: Authorizer, _ fields: Fields, _ context: DecodingContext) {
        let what = "a `\(authorizer.kind.rawValue)` authorizer"
        switch authorizer.kind {
        case .jwt:
            context.require("issuer", in: fields, what: what, example: "issuer: https://issuer.example.com")
            context.require("audience", in: fields, what: what, example: "audience: [my-client-id]")
        case .cognito:
            context.require("userPools", in: fields, what: what,
                            example: "userPools: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X]")
        case .lambda:
            context.require("function", in: fields, what: what, example: "function: authorize")
        case .iam, .apiKey:
            break
        }
    }
}
