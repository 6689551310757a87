/// Every key of the spec language, by where it may appear. The decoder reads only
/// these (plus `x-` extensions); the JSON Schema in `Schemas/` is kept in step by a test.
/// A `*` segment stands for a user-chosen name (a function, a route key, a stage...).
public enum KnownKeys {
    public static let all: [String: [String]] = [
        "": ["apispec", "name", "description", "protocol", "endpoint", "parameters", "defaults", "functions",
             "authorizers", "routes", "cors", "stages", "binaryMediaTypes", "gatewayResponses", "domains",
             "usagePlans", "apiKeys", "routeSelection", "local"],
        "parameters.*": ["type", "description", "allowed", "default"],
        "defaults": ["function", "auth", "timeout", "payloadVersion"],
        "defaults.function": functionSettings,
        "functions.*": functionSettings,
        "functions.*.policies[]": ["effect", "actions", "resources"],
        "authorizers.*": ["type", "issuer", "audience", "userPools", "function", "identitySource", "tokenHeader",
                          "tokenPattern", "resultTtl", "simpleResponses", "payloadVersion"],
        "routes.*": ["function", "http", "mock", "aws", "auth", "scopes", "timeout", "payloadVersion",
                     "apiKeyRequired", "request", "mapping", "throttling", "description", "tags"],
        "routes.*.http": ["url", "method"],
        "routes.*.mock": ["status", "headers", "body"],
        "routes.*.aws": ["service", "action", "path", "role", "httpMethod", "parameters"],
        "routes.*.request": ["parameters", "body"],
        "routes.*.mapping": ["request", "response"],
        "routes.*.throttling": throttling,
        "cors": ["allowOrigins", "allowMethods", "allowHeaders", "exposeHeaders", "allowCredentials", "maxAge"],
        "stages.*": ["description", "variables", "throttling", "accessLog", "tracing", "logging", "metrics",
                     "canary", "cacheSize"],
        "stages.*.throttling": throttling,
        "stages.*.accessLog": ["format", "retentionDays", "destination"],
        "stages.*.canary": ["percent", "variables"],
        "gatewayResponses.*": ["status", "headers", "body"],
        "domains.*": ["certificate", "endpoint", "securityPolicy", "hostedZoneId", "mutualTls", "mappings"],
        "domains.*.mutualTls": ["truststore", "version"],
        "usagePlans.*": ["description", "throttling", "quota", "stages"],
        "usagePlans.*.throttling": throttling,
        "usagePlans.*.quota": ["limit", "period", "offset"],
        "apiKeys.*": ["description", "enabled", "usagePlans"],
        "local": ["host", "port", "stage", "jwks", "apiKeys", "functions"],
        "local.functions.*": ["command", "environment"],
    ]

    /// Every path's keys one after another, and where each path's start: a decoded field names
    /// its key by its number here (`WrittenFields`), two bytes instead of a string's sixteen. A
    /// key known on several paths has several numbers. Numbered in the dictionary's order, which
    /// differs from run to run: no number leaves the run that gave it, and sorting the paths
    /// would cost more at start-up than all the rest.
    static let numbered: (names: [String], starts: [String: Int]) = {
        var names: [String] = []
        var starts: [String: Int] = [:]
        starts.reserveCapacity(all.count)
        for (path, keys) in all {
            starts[path] = names.count
            names += keys
        }
        return (names, starts)
    }()

    static let functionSettings = [
        "runtime", "handler", "code", "description", "memory", "timeout", "architecture", "ephemeralStorage",
        "environment", "provisionedConcurrency", "reservedConcurrency", "layers", "policies", "role", "tracing",
        "logRetentionDays", "tags",
    ]

    static let throttling = ["rate", "burst"]
}
