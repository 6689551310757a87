import APISpecRunConfig

/// The payload format 1.0 event: what REST APIs send to a Lambda proxy integration, and
/// HTTP APIs when a route asks for `payloadVersion: 1.0`.
enum ProxyEventV1 {
    /// `pathBelowStage` is the request path without the stage prefix (still percent-encoded).
    static func make(
        _ request: GatewayRequest, pathBelowStage: String, match: RouteTable.Match, config: RunConfig,
        authorizer: AuthorizerContext?, body: ProxyBody
    ) -> JSON {
        // REST keeps header names as sent; HTTP APIs lower-case them.
        let lowercase = config.api.protocol == .http
        var single: [String: String] = [:]
        var multi: [String: [String]] = [:]
        for header in request.headers {
            let name = lowercase ? header.name.lowercased() : header.name
            single[name] = header.value
            multi[name, default: []].append(header.value)
        }
        var query: [String: String] = [:]
        var multiQuery: [String: [String]] = [:]
        // AWS's documented example keeps the first value of a repeated query parameter
        // (and the last of a repeated header); the multi-value maps have them all.
        for parameter in request.queryParameters {
            query[parameter.name] = query[parameter.name] ?? parameter.value
            multiQuery[parameter.name, default: []].append(parameter.value)
        }
        let rest = config.api.protocol == .rest
        var context = GatewayIdentity.common(request, config: config)
        if let authorizer {
            context["authorizer"] = authorizer.versionOne
        } else if !rest {
            context["authorizer"] = ["claims": nil, "scopes": nil]
        }
        context["extendedRequestId"] = .string(request.requestId)
        context["httpMethod"] = .string(request.method)
        context["identity"] = .object(identity(sourceIp: request.sourceIp, userAgent: request.userAgent))
        context["path"] = .string(GatewayRequest.decodePath(request.rawPath))
        context["protocol"] = "HTTP/1.1"
        context["requestTime"] = .string(request.requestTime)
        context["requestTimeEpoch"] = .int(request.epochMilliseconds)
        context["resourceId"] = JSON.null  // API Gateway's id for the resource; there is none locally
        context["resourcePath"] = .string(match.resource)

        var event: [String: JSON] = [
            "resource": .string(match.resource),
            "path": .string(GatewayRequest.decodePath(pathBelowStage)),
            "httpMethod": .string(request.method),
            "headers": JSON.map(single),
            "multiValueHeaders": multi.isEmpty ? .null : .object(multi.mapValues { .array($0.map(JSON.string)) }),
            "queryStringParameters": JSON.map(query),
            "multiValueQueryStringParameters": multiQuery.isEmpty ? .null : .object(multiQuery.mapValues { .array($0.map(JSON.string)) }),
            "requestContext": .object(context),
            "pathParameters": JSON.map(match.pathParameters),
            "stageVariables": JSON.map(Dictionary(uniqueKeysWithValues: config.stage.variables.entries.map { ($0.key, $0.value) })),
            "body": body.text.map(JSON.string) ?? .null,
            "isBase64Encoded": .bool(body.isBase64Encoded),
        ]
        // HTTP APIs say which format they send; REST APIs have only this one.
        if !rest { event["version"] = "1.0" }
        return .object(event)
    }

    /// `requestContext.identity`: only the caller's address and agent are known locally.
    static func identity(sourceIp: String, userAgent: String?) -> [String: JSON] {
        [
            "accessKey": nil, "accountId": nil, "caller": nil, "cognitoAuthenticationProvider": nil,
            "cognitoAuthenticationType": nil, "cognitoIdentityId": nil, "cognitoIdentityPoolId": nil,
            "principalOrgId": nil, "sourceIp": .string(sourceIp), "user": nil,
            "userAgent": userAgent.map(JSON.string) ?? .null, "userArn": nil,
        ]
    }
}
