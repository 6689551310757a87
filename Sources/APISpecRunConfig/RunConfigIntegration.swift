extension RunConfig {
    /// What a route forwards to: an object with a `type` member.
    public enum Integration: Decodable, Sendable, Equatable {
        /// Lambda proxy integration with the event format `1.0` or `2.0`.
        case function(name: String, payloadVersion: String)
        /// HTTP proxy to `url` (`{name}` placeholders take path parameters); nil method forwards the caller's.
        case http(url: String, method: String?)
        case mock(status: Int, headers: OrderedMap<String>, body: String?)
        /// AWS service integrations need AWS itself; locally they answer 500 with a message saying so.
        case aws(service: String, action: String?)

        private enum Keys: String, CodingKey {
            case type, function, payloadVersion, url, method, status, headers, body, service, action
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            switch try container.decode(String.self, forKey: .type) {
            case "function":
                self = .function(
                    name: try container.decode(String.self, forKey: .function),
                    payloadVersion: try container.decode(String.self, forKey: .payloadVersion))
            case "http":
                self = .http(
                    url: try container.decode(String.self, forKey: .url),
                    method: try container.decodeIfPresent(String.self, forKey: .method))
            case "mock":
                self = .mock(
                    status: try container.decode(Int.self, forKey: .status),
                    headers: try container.decodeIfPresent(OrderedMap<String>.self, forKey: .headers) ?? [:],
                    body: try container.decodeIfPresent(String.self, forKey: .body))
            case "aws":
                self = .aws(
                    service: try container.decode(String.self, forKey: .service),
                    action: try container.decodeIfPresent(String.self, forKey: .action))
            case let other:
                throw DecodingError.dataCorruptedError(
                    forKey: .type, in: container, debugDescription: "unknown integration type '\(other)'")
            }
        }
    }
}
