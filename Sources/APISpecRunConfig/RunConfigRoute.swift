extension RunConfig {
    /// One route: its key as API Gateway writes it, who may call it, and where it goes.
    public struct Route: Decodable, Sendable, Equatable {
        /// `GET /pets/{id}`, `$default`, `$connect`, or a WebSocket route key.
        public var key: String
        /// `none`, `iam`, or the name of an entry of `authorizers`.
        public var auth: String
        /// OAuth scopes a JWT must carry (any one of them).
        public var scopes: [String]
        /// REST: the caller must send a known `x-api-key`.
        public var apiKeyRequired: Bool
        /// Integration timeout: the gateway answers 504 after this long.
        public var timeoutMilliseconds: Int
        public var integration: Integration

        public init(
            key: String, auth: String = "none", scopes: [String] = [], apiKeyRequired: Bool = false,
            timeoutMilliseconds: Int, integration: Integration
        ) {
            self.key = key
            self.auth = auth
            self.scopes = scopes
            self.apiKeyRequired = apiKeyRequired
            self.timeoutMilliseconds = timeoutMilliseconds
            self.integration = integration
        }
    }
}
