import APISpecCore

/// The CORS headers API Gateway itself must send on REST APIs, where it has no CORS
/// configuration: preflight answers, gateway responses and non-proxy integration responses.
/// (Lambda and HTTP proxy responses carry their own headers; HTTP APIs use `cors` natively.)
public struct CorsHeaders {
    public let policy: CorsPolicy

    public init(policy: CorsPolicy) {
        self.policy = policy
    }

    /// With several allowed origins a static header can name only one; the preflight echoes the
    /// caller's origin when listed (see `preflightOriginTemplate`), other answers name the first.
    public var origin: String { policy.allowOrigins.first?.value ?? "*" }

    /// Headers on every answer API Gateway makes itself, in the order browsers read them.
    public var response: [(name: String, value: String)] {
        var headers = [(name: "Access-Control-Allow-Origin", value: origin)]
        if policy.allowOrigins.count > 1 { headers.append((name: "Vary", value: "Origin")) }
        if !policy.exposeHeaders.isEmpty {
            headers.append((name: "Access-Control-Expose-Headers", value: policy.exposeHeaders.map(\.value).joinedText(separator: ",")))
        }
        if policy.allowCredentials { headers.append((name: "Access-Control-Allow-Credentials", value: "true")) }
        return headers
    }

    /// Headers of a preflight answer for a path whose routes use `methods`.
    public func preflight(methods: [String]) -> [(name: String, value: String)] {
        var headers = [(name: "Access-Control-Allow-Origin", value: origin)]
        if policy.allowOrigins.count > 1 { headers.append((name: "Vary", value: "Origin")) }
        headers.append((name: Self.allowMethods, value: allowedMethods(methods)))
        if !policy.allowHeaders.isEmpty {
            headers.append((name: "Access-Control-Allow-Headers", value: policy.allowHeaders.map(\.value).joinedText(separator: ",")))
        }
        if policy.allowCredentials { headers.append((name: "Access-Control-Allow-Credentials", value: "true")) }
        if let maxAge = policy.maxAge { headers.append((name: "Access-Control-Max-Age", value: String(maxAge))) }
        return headers
    }

    public static let allowMethods = "Access-Control-Allow-Methods"

    /// `Access-Control-Allow-Methods` for a path whose routes use `methods`.
    public func allowedMethods(_ methods: [String]) -> String {
        let allowed = policy.allowMethods.isEmpty ? methods + ["OPTIONS"] : policy.allowMethods.map(\.value)
        return allowed.joinedText(separator: ",")
    }

    /// A mock response template that answers with the caller's `Origin` when it is one of several
    /// allowed origins; nil when a static header says it all.
    public var preflightOriginTemplate: String? {
        guard policy.allowOrigins.count > 1 else { return nil }
        let condition = policy.allowOrigins.map { "$origin == \"\(velocityEscaped($0.value))\"" }.joinedText(separator: " || ")
        return """
            #set($origin = $input.params().header.get("Origin"))
            #if($origin == "")#set($origin = $input.params().header.get("origin"))#end
            #if(\(condition))
            #set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)
            #end
            """
    }

    private func velocityEscaped(_ text: String) -> String {
        text.replacing("\"", with: "\\\"")
    }

    /// API Gateway's syntax for a constant header value in `responseParameters`.
    public static func staticValue(_ value: String) -> String {
        "'\(value)'"
    }
}
