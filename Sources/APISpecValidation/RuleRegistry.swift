/// Every rule, grouped by topic. `apispec rules`, `apispec explain` and the validator
/// all read this list, so a rule exists exactly when it is listed here. It is not sorted:
/// the validator's output does not depend on the order its rules run in (findings are
/// sorted), and sorting the rules by id on every run cost 3% of a small spec's; listings
/// sort them themselves.
public enum RuleRegistry {
    public static func rule(_ id: String) -> (any Rule)? {
        all.first { $0.id == id }
    }

    public static let all: [any Rule] = [
        // References
        CognitoWithoutUserPools(), InvalidLayerArn(), InvalidRoleArn(), InvalidUserPoolArn(), UnknownApiKey(),
        UnknownAuthorizer(),
        UnknownFunction(), UnknownParameterReference(), UnknownStage(), UnknownStageVariable(), UnknownUsagePlan(),
        ReservedAuthorizerName(), UnusedAuthorizer(), UnusedFunction(), UnusedParameter(),
        // Routes
        ApiKeyRequiredWithoutApiKeys(), ConflictingPathParameterNames(), DuplicatePathParameter(), DuplicateRoute(),
        GreedySegmentNotLast(), InvalidHttpMethod(), InvalidIntegrationUrl(), InvalidRoutePath(), MissingIntegration(),
        MultipleIntegrations(), RouteKeyNotValidForProtocol(), ScopesWithoutJwtAuthorizer(),
        UnknownUrlPathParameter(),
        // Protocol differences (REST, HTTP, WebSocket)
        ApiKeysRequireRest(), AudienceOnRest(), AuthorizerSettingNotForType(), AuthorizerTypeNotSupported(),
        AuthorizerWithoutAudience(), BinaryMediaTypesRequireRest(),
        CacheClusterRequiresRest(), CanaryRequiresRest(), CognitoSinglePoolOnHttp(), CorsOnWebSocket(),
        EndpointTypeRequiresRest(),
        ExecutionLoggingOnHttp(), GatewayResponsesRequireRest(), InvalidIdentitySource(),
        InvalidRouteSelectionExpression(), MappingTemplatesRequireRest(), MockIntegrationRequiresRest(),
        PayloadVersionRequiresHttp(), RequestValidationRequiresRest(), ResultTtlOnJwtAuthorizer(),
        ResultTtlOnWebSocket(),
        RouteSelectionRequiresWebSocket(), SimpleResponsesRequireHttp(), SimpleResponsesRequirePayload2(),
        TokenAuthorizerRequiresRest(), TokenPatternWithoutTokenHeader(),
        TracingRequiresRest(), UsagePlansRequireRest(), WebSocketAuthOutsideConnect(),
        // AWS quotas and limits
        AuthorizerTtlOutOfRange(), CanaryPercentOutOfRange(), EnvironmentTooLarge(), EphemeralStorageOutOfRange(),
        FunctionMemoryOutOfRange(), FunctionTimeoutExceedsIntegrationTimeout(), FunctionTimeoutOutOfRange(),
        IntegrationTimeoutOutOfRange(), InvalidApiName(), InvalidCacheClusterSize(), InvalidEnvironmentVariableName(),
        InvalidFunctionName(), InvalidLogRetention(), InvalidStageName(), InvalidStageVariable(),
        ProvisionedConcurrencyExceedsReserved(), ReservedEnvironmentVariable(), RestIntegrationTimeoutAboveQuota(),
        TooManyLayers(), TooManyRoutes(),
        // Lambda runtimes
        RuntimeDeprecated(), RuntimeNoLongerCreatable(), UnknownRuntime(),
        // Custom domains
        DomainEndpointRequiresRest(), DuplicateBasePath(), EdgeCertificateNotInUsEast1(), InvalidCertificateArn(),
        InvalidDomainName(), InvalidTruststoreUri(), MutualTlsRequiresRegional(),
        // Security
        AwsAccessKeyInEnvironment(), CorsWildcardWithCredentials(), InsecureHttpIntegration(), InvalidCorsOrigin(),
        JwtIssuerNotHttps(), LocalHostNotLoopback(), PrivateKeyInEnvironment(), PublicMutatingRoute(),
        RouteWithoutAuth(), SecretInEnvironment(), StageWithoutAccessLog(), StageWithoutThrottling(), WeakTlsPolicy(),
        WildcardPolicyAction(),
    ]
}
