import APISpecCore

/// What a proxy passes the answer of, which its responses name: by the function's or the
/// service's name, which is the only difference between the responses of two functions, or
/// of two services.
enum ProxyBackend: ShapedKey {
    case function(String)
    case service(String)
    case http

    enum Shape { case function, service, http }

    var shape: Shape {
        switch self {
        case .function: return .function
        case .service: return .service
        case .http: return .http
        }
    }

    /// The name in the responses' description.
    var name: String {
        switch self {
        case .function(let name), .service(let name): return name
        case .http: return ""
        }
    }

    init(_ integration: Integration?) {
        switch integration {
        case .function(let name)?: self = .function(name.value)
        case .aws(let aws)?: self = .service(aws.service)
        default: self = .http
        }
    }

    var responseDescription: String {
        switch self {
        case .function(let name): return "Response of function \(name)"
        case .service(let service): return "Response of the \(service) service"
        case .http: return "Response of the HTTP backend"
        }
    }
}
