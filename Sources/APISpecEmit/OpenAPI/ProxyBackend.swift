import APISpecCore

/// What a proxy passes the answer of, which its responses name.
enum ProxyBackend: Equatable {
    case function(String)
    case service(String)
    case http

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
