extension RunConfig {
    /// The API's CORS policy; the gateway answers preflights and adds the headers itself.
    public struct Cors: Decodable, Sendable, Equatable {
        public var allowOrigins: [String]
        public var allowMethods: [String]
        public var allowHeaders: [String]
        public var exposeHeaders: [String]
        public var allowCredentials: Bool
        public var maxAge: Int?

        public init(
            allowOrigins: [String] = [], allowMethods: [String] = [], allowHeaders: [String] = [],
            exposeHeaders: [String] = [], allowCredentials: Bool = false, maxAge: Int? = nil
        ) {
            self.allowOrigins = allowOrigins
            self.allowMethods = allowMethods
            self.allowHeaders = allowHeaders
            self.exposeHeaders = exposeHeaders
            self.allowCredentials = allowCredentials
            self.maxAge = maxAge
        }
    }
}
