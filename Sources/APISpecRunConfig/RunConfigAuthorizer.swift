extension RunConfig {
    /// An authorizer, resolved for local checks.
    public struct Authorizer: Decodable, Sendable, Equatable {
        /// `cognito` authorizers run locally as `jwt` ones; `iam` and `apiKey` need no settings.
        public enum Kind: String, Decodable, Sendable { case jwt, lambda, iam, apiKey }

        public var type: Kind
        /// Where the identity comes from: `$request.header.X`, `$request.querystring.x`, ...
        public var identitySource: [String]
        /// jwt: the `iss` values accepted, one a token must carry (a REST `cognito` authorizer
        /// has one for each of its user pools); empty accepts any.
        public var issuers: [String]
        /// jwt: accepted `aud` (or `client_id`) values; empty accepts any.
        public var audience: [String]
        /// jwt: the JWKS file the signatures are checked against.
        public var jwks: String?
        /// lambda: the function that decides.
        public var function: String?
        /// lambda: TOKEN (REST `tokenHeader`) instead of REQUEST.
        public var token: Bool
        /// lambda TOKEN: a regular expression the token must match before the function is asked.
        public var tokenPattern: String?
        /// lambda: seconds a decision is cached by identity.
        public var resultTtl: Int
        /// lambda on HTTP APIs: `{"isAuthorized": bool}` answers.
        public var simpleResponses: Bool
        /// lambda on HTTP APIs: event format `1.0` or `2.0`.
        public var payloadVersion: String?

        public init(type: Kind, identitySource: [String]) {
            self.type = type
            self.identitySource = identitySource
            self.issuers = []
            self.audience = []
            self.token = false
            self.resultTtl = 0
            self.simpleResponses = false
        }
    }
}
