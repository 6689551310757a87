import APISpecRunConfig

/// The `requestContext` members every event format shares, with the values a local run has.
enum GatewayIdentity {
    static let accountId = "123456789012"

    /// The API id locally: the API's name, lower-cased, as in `{apiId}.execute-api...` hosts.
    static func apiId(_ config: RunConfig) -> String { config.api.name.lowercased() }

    static func common(_ request: GatewayRequest, config: RunConfig) -> [String: JSON] {
        let host = request.host
        return [
            "accountId": .string(accountId),
            "apiId": .string(apiId(config)),
            "domainName": .string(host),
            "domainPrefix": .string(String(host.split(separator: ".").first ?? Substring(host))),
            "requestId": .string(request.requestId),
            "stage": .string(config.stage.name),
        ]
    }
}
