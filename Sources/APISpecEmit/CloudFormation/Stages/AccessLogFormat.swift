import APISpecCore

/// Access log lines by protocol: each API type has its own `$context` variables. `json` is one
/// JSON object per request; `clf` follows the Common Log Format, with the request id appended
/// (API Gateway wants one in every format).
enum AccessLogFormat {
    static func format(_ log: AccessLog, protocol apiProtocol: APIProtocol) -> String {
        if let custom = log.customFormat { return custom }
        switch (log.format ?? .json, apiProtocol) {
        case (.json, .rest):
            return #"{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","#
                + #""caller":"$context.identity.caller","user":"$context.identity.user","#
                + #""requestTime":"$context.requestTime","httpMethod":"$context.httpMethod","#
                + #""resourcePath":"$context.resourcePath","status":"$context.status","#
                + #""protocol":"$context.protocol","responseLength":"$context.responseLength"}"#
        case (.json, .http):
            return #"{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","#
                + #""requestTime":"$context.requestTime","httpMethod":"$context.httpMethod","#
                + #""routeKey":"$context.routeKey","status":"$context.status","#
                + #""protocol":"$context.protocol","responseLength":"$context.responseLength","#
                + #""integrationError":"$context.integrationErrorMessage"}"#
        case (.json, .websocket):
            return #"{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","#
                + #""requestTime":"$context.requestTime","eventType":"$context.eventType","#
                + #""routeKey":"$context.routeKey","status":"$context.status","#
                + #""connectionId":"$context.connectionId"}"#
        case (.clf, .rest):
            return #"$context.identity.sourceIp $context.identity.caller $context.identity.user "#
                + #"[$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" "#
                + #"$context.status $context.responseLength $context.requestId"#
        case (.clf, .http):
            return #"$context.identity.sourceIp - - [$context.requestTime] "#
                + #""$context.httpMethod $context.routeKey $context.protocol" "#
                + #"$context.status $context.responseLength $context.requestId"#
        case (.clf, .websocket):
            return #"$context.identity.sourceIp - - [$context.requestTime] "#
                + #""$context.eventType $context.routeKey $context.connectionId" "#
                + #"$context.status $context.requestId"#
        }
    }
}
