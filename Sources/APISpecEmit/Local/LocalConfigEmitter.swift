import APISpecCore
import APISpecRunConfig
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Model -> local run config for one stage (`apispec emit --local`, `apispec serve SPEC`).
public struct LocalConfigEmitter {
    /// The directory the spec's relative paths (`code`, `local.jwks`) start from.
    var root: String

    /// Processes one function may run at once when `reservedConcurrency` does not say.
    public static let defaultConcurrency = 10

    /// The run config document `apispec emit --local` writes. `root` is the spec's directory.
    public static func emit(_ spec: Spec, stage: String?, root: String) throws -> String {
        try document(spec, stage: stage, root: root).text
    }

    /// What `emit` writes, to stream: each route and function is made only as it is written.
    public static func document(_ spec: Spec, stage: String?, root: String) throws -> JSONDocument {
        let config = try streamed(spec, stage: stage, root: root)
        return document { config.write(to: &$0) }
    }

    /// The text of `config`, as `serve` hands it to the gateway.
    public static func document(_ config: RunConfig) -> JSONDocument {
        document { config.write(to: &$0) }
    }

    /// A document of the value `write` writes, ended by a newline as every emitted document is.
    private static func document(_ write: @escaping (inout JSONTextSink<ChunkOutput>) -> Void) -> JSONDocument {
        JSONDocument(writtenBy: { out in
            var sink = JSONTextSink(out, indent: 0)
            write(&sink)
            out = sink.output
            out.append(UInt8(ascii: "\n"))
        })
    }

    /// The run config for `stage` (else `local.stage`, else the first stage), as `apispec serve` runs it.
    public static func runConfig(_ spec: Spec, stage requested: String?, root: String) throws -> RunConfig {
        try streamed(spec, stage: requested, root: root).whole
    }

    static func streamed(_ spec: Spec, stage requested: String?, root: String) throws -> StreamedRunConfig {
        let stages = spec.effectiveStages
        let name = requested ?? spec.local?.stage?.value ?? stages.keys.first ?? spec.implicitStageName
        guard let stage = stages[name] else { throw LocalEmitError.unknownStage(name, known: Array(stages.keys)) }
        let emitter = LocalConfigEmitter(root: root)
        let substitution = LocalSubstitution(spec: spec, stage: stage)
        return StreamedRunConfig(
            head: emitter.head(spec, stage: stage, substitution: substitution), emitter: emitter, spec: spec,
            substitution: substitution)
    }

    /// The absolute directory of a spec file (the current one for stdin, `-`): where its
    /// relative paths start. Symbolic links are kept, as written. Worked out on the path's
    /// text: Foundation's `URL` cost 4-5% of a 10-route `emit --local` to do the same.
    public static func directory(ofSpec path: String) -> String {
        LocalPath.resolve("..", against: path.hasPrefix("/") ? path : currentDirectory() + "/" + path)
    }

    /// The process's working directory; `/` in the rare case it cannot be read.
    private static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "/" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The run config but its routes and functions, which `StreamedRunConfig` makes.
    func head(_ spec: Spec, stage: Stage, substitution: LocalSubstitution) -> RunConfig {
        let local = spec.local
        var config = RunConfig(
            api: RunConfig.API(
                name: spec.name,
                protocol: RunConfig.API.ProtocolType(rawValue: spec.apiProtocol.rawValue) ?? .http,
                binaryMediaTypes: spec.binaryMediaTypes.map(\.value),
                routeSelection: spec.apiProtocol == .websocket ? spec.routeSelection ?? Spec.defaultRouteSelection : nil),
            stage: RunConfig.Stage(
                name: stage.name,
                variables: stage.variables.reduce(into: [:]) { $0[$1.key] = substitution.apply($1.value.value) }),
            server: RunConfig.Server(
                host: local?.host ?? LocalSettings.defaultHost, port: local?.port ?? LocalSettings.defaultPort))
        for authorizer in spec.authorizers.values {
            config.authorizers[authorizer.name] = self.authorizer(authorizer, in: spec, substitution: substitution)
        }
        for (name, value) in local?.apiKeys ?? [:] {
            config.apiKeys[name] = value.value
        }
        config.cors = spec.cors.map(Self.cors)
        return config
    }

    /// `integration` is the route's.
    func route(
        for route: Route, integration: Integration, in spec: Spec, substitution: LocalSubstitution
    ) -> RunConfig.Route {
        RunConfig.Route(
            key: route.key.raw,
            auth: Self.auth(of: route),
            scopes: route.scopes.map(\.value),
            apiKeyRequired: route.apiKeyRequired ?? false,
            timeoutMilliseconds: Self.timeoutMilliseconds(of: route, in: spec),
            integration: Self.integration(integration, route: route, in: spec, substitution: substitution))
    }

    /// What `route(for:integration:in:substitution:)` makes, written as it is read from `route`.
    func write<Sink: JSONSink>(
        _ route: Route, integration: Integration, in spec: Spec, substitution: LocalSubstitution, to sink: inout Sink,
        repeating functions: RepeatedValues<RunConfig.Route.FunctionIntegration>
    ) {
        RunConfig.Route.write(
            to: &sink, key: route.key.raw, auth: Self.auth(of: route), scopes: route.scopes.lazy.map(\.value),
            apiKeyRequired: route.apiKeyRequired ?? false, timeoutMilliseconds: Self.timeoutMilliseconds(of: route, in: spec),
            integration: Self.integration(integration, route: route, in: spec, substitution: substitution),
            repeating: functions)
    }

    private static func auth(of route: Route) -> String {
        route.auth?.value.description ?? AuthChoice.none.description
    }

    private static func timeoutMilliseconds(of route: Route, in spec: Spec) -> Int {
        route.timeoutMilliseconds ?? defaultTimeoutMilliseconds(spec.apiProtocol)
    }

    /// API Gateway's integration timeout when a route does not set one.
    static func defaultTimeoutMilliseconds(_ apiProtocol: APIProtocol) -> Int {
        apiProtocol == .http ? 30_000 : 29_000
    }

    private static func integration(
        _ integration: Integration, route: Route, in spec: Spec, substitution: LocalSubstitution
    ) -> RunConfig.Integration {
        switch integration {
        case .function(let name):
            let version = spec.apiProtocol == .http ? route.payloadVersion ?? "2.0" : "1.0"
            return .function(name: name.value, payloadVersion: version)
        case .http(let http):
            return .http(url: substitution.apply(http.url.value), method: http.method)
        case .mock(let mock):
            return .mock(
                status: mock.status,
                headers: mock.headers.reduce(into: [:]) { $0[$1.key] = $1.value },
                body: mock.body)
        case .aws(let aws):
            return .aws(service: aws.service, action: aws.action)
        }
    }

    /// `workingDirectory` is the function's code resolved against `root`.
    func function(
        _ function: Function, local: LocalFunction?, workingDirectory: String, substitution: LocalSubstitution
    ) -> RunConfig.Function {
        var made = settings(of: function, local: local, workingDirectory: workingDirectory)
        made.environment = LambdaEnvironment.variables(
            for: function, workingDirectory: workingDirectory, substitution: substitution,
            localOverrides: local?.environment)
        return made
    }

    /// The function's run config but its environment, which `LambdaEnvironment` gives.
    func settings(of function: Function, local: LocalFunction?, workingDirectory: String) -> RunConfig.Function {
        let command = local.flatMap { $0.command.isEmpty ? nil : $0.command }
            ?? LocalCommand.command(for: function, workingDirectory: workingDirectory)
        return RunConfig.Function(
            runtime: function.runtime,
            handler: function.handler,
            command: command,
            workingDirectory: workingDirectory,
            environment: [:],
            timeout: function.timeout,
            memory: function.memory,
            concurrency: function.settings.reservedConcurrency ?? Self.defaultConcurrency)
    }

    /// `issuer`, `audience` and the pool ARN go through `substitution`, as the template's
    /// values do on deployment. One it cannot resolve (a parameter without a default) stays
    /// as written, so no token matches it and `serve` rejects every token (docs/local.md).
    private func authorizer(_ authorizer: Authorizer, in spec: Spec, substitution: LocalSubstitution) -> RunConfig.Authorizer {
        var resolved = RunConfig.Authorizer(type: .jwt, identitySource: authorizer.effectiveIdentitySource)
        let jwks = spec.local?.jwks[authorizer.name].map { LocalPath.resolve($0.value, against: root) }
        switch authorizer.kind {
        case .jwt:
            resolved.issuers = authorizer.issuer.map { [substitution.apply($0)] } ?? []
            resolved.audience = authorizer.audience.map { substitution.apply($0.value) }
            resolved.jwks = jwks
        case .cognito:
            // Every pool's issuer, as a REST authorizer accepts tokens of each (HTTP APIs allow
            // one pool). A pool that is no ARN once substituted keeps its text as its issuer:
            // never none, which would accept any.
            resolved.issuers = authorizer.userPools.map { pool in
                let arn = substitution.apply(pool.value)
                return Self.cognitoIssuer(poolArn: arn) ?? arn
            }
            resolved.audience = authorizer.audience.map { substitution.apply($0.value) }
            resolved.jwks = jwks
        case .lambda:
            resolved.type = .lambda
            resolved.function = authorizer.function?.value
            resolved.token = spec.apiProtocol == .rest && authorizer.isTokenAuthorizer
            resolved.tokenPattern = authorizer.tokenPattern
            // API Gateway's default: REST caches decisions for 300 s; HTTP APIs and WebSocket APIs cache none.
            resolved.resultTtl = authorizer.resultTtl ?? (spec.apiProtocol == .rest ? 300 : 0)
            resolved.simpleResponses = authorizer.simpleResponses ?? false
            resolved.payloadVersion = spec.apiProtocol == .http ? authorizer.payloadVersion ?? "2.0" : nil
        case .iam:
            resolved.type = .iam
        case .apiKey:
            resolved.type = .apiKey
        }
        return resolved
    }

    /// `arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL` -> the pool's token issuer.
    static func cognitoIssuer(poolArn: String) -> String? {
        let parts = poolArn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[5].hasPrefix("userpool/") else { return nil }
        return "https://cognito-idp.\(parts[3]).amazonaws.com/\(parts[5].dropFirst("userpool/".count))"
    }

    private static func cors(_ cors: CorsPolicy) -> RunConfig.Cors {
        RunConfig.Cors(
            allowOrigins: cors.allowOrigins.map(\.value),
            allowMethods: cors.allowMethods.map(\.value),
            allowHeaders: cors.allowHeaders.map(\.value),
            exposeHeaders: cors.exposeHeaders.map(\.value),
            allowCredentials: cors.allowCredentials,
            maxAge: cors.maxAge)
    }
}
