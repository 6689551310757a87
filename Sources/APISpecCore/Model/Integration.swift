import OrderedCollections

/// What a route forwards to.
public enum Integration: Sendable, Hashable {
    /// Lambda proxy integration.
    case function(Located<String>)
    /// HTTP proxy integration to a URL. Out of line, like `mock` and `aws`: the enum is as
    /// large as its largest case, and most routes call a function.
    indirect case http(HTTPIntegration)
    /// REST mock integration.
    indirect case mock(MockIntegration)
    /// AWS service integration.
    indirect case aws(AWSIntegration)

    /// The spec key that introduced it.
    public var keyword: String {
        switch self {
        case .function: return "function"
        case .http: return "http"
        case .mock: return "mock"
        case .aws: return "aws"
        }
    }

    public var location: SourceLocation {
        switch self {
        case .function(let name): return name.location
        case .http(let http): return http.url.location
        case .mock(let mock): return mock.provenance.entity
        case .aws(let aws): return aws.provenance.entity
        }
    }

    public var functionName: String? {
        if case .function(let name) = self { return name.value }
        return nil
    }
}

public struct HTTPIntegration: Sendable, Hashable {
    public var url: Located<String>
    /// Method used towards the backend; nil forwards the request's method.
    public var method: String?

    public init(url: Located<String>, method: String? = nil) {
        self.url = url
        self.method = method
    }
}

public struct MockIntegration: Sendable, Hashable {
    public var status: Int
    public var headers: OrderedDictionary<String, String>
    public var body: String?
    public var provenance: Provenance

    public init(status: Int = 200, provenance: Provenance) {
        self.status = status
        self.headers = [:]
        self.provenance = provenance
    }
}

public struct AWSIntegration: Sendable, Hashable {
    /// Service namespace: `sqs`, `states`, `dynamodb`, `sns`, ...
    public var service: String
    /// API action (`SendMessage`), or nil when `path` is given.
    public var action: String?
    /// Path-style URI instead of an action.
    public var path: String?
    /// Role API Gateway assumes (ARN or `${param:X}`).
    public var role: Located<String>?
    /// Backend HTTP method; defaults to POST.
    public var httpMethod: String?
    /// Request parameter mappings: destination -> source.
    public var parameters: OrderedDictionary<String, String>
    public var provenance: Provenance

    public init(service: String, provenance: Provenance) {
        self.service = service
        self.parameters = [:]
        self.provenance = provenance
    }
}
