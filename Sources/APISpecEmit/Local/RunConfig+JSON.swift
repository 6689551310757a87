import APISpecRunConfig

// The run config's JSON text: the one way it is written (`emit --local`, and `serve`'s
// handover to the gateway). `apispec-serve` reads it back with the types' `Decodable`
// conformances, whose keys are the property names written here in declaration order; a
// nil optional is left out. `LocalConfigEmitterTests` decodes every example back, and the
// golden files hold the text.
//
// Written straight into a sink rather than through `Encodable`: the standard library's
// encoding containers are existential boxes made per object, and encoding went through
// them for every member, a quarter of an `emit --local` of 1,000 routes.

extension RunConfig {
    /// The whole config.
    func write<Sink: JSONSink>(to sink: inout Sink) {
        write(
            to: &sink,
            routes: { sink in for route in routes { route.write(to: &sink) } },
            functions: { sink in functions.writeMembers(to: &sink) { $0.write(to: &$1) } })
    }

    /// The config with `routes` writing the items of its `routes` and `functions` the members
    /// of its `functions`: `emit --local` makes each route and function only as it writes it.
    func write<Sink: JSONSink>(to sink: inout Sink, routes: (inout Sink) -> Void, functions: (inout Sink) -> Void) {
        sink.object { sink in
            sink.member("runConfigVersion", .int(runConfigVersion))
            sink.key("api")
            api.write(to: &sink)
            sink.key("stage")
            stage.write(to: &sink)
            sink.object("server") { sink in
                sink.member("host", .string(server.host))
                sink.member("port", .int(server.port))
            }
            sink.array("routes", routes)
            sink.object("functions", functions)
            sink.object("authorizers") { authorizers.writeMembers(to: &$0) { $0.write(to: &$1) } }
            sink.key("apiKeys")
            apiKeys.write(to: &sink)
            if let cors {
                sink.key("cors")
                cors.write(to: &sink)
            }
        }
    }
}

extension RunConfig.API {
    func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("name", .string(name))
            sink.member("protocol", .string(`protocol`.rawValue))
            sink.member("binaryMediaTypes", strings: binaryMediaTypes)
            if let routeSelection { sink.member("routeSelection", .string(routeSelection)) }
        }
    }
}

extension RunConfig.Stage {
    func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("name", .string(name))
            sink.key("variables")
            variables.write(to: &sink)
        }
    }
}

extension RunConfig.Route {
    /// `functions` holds the text of the function integrations written last, which the next
    /// routes of a function repeat.
    func write<Sink: JSONSink>(to sink: inout Sink, repeating functions: RepeatedValues<FunctionIntegration>? = nil) {
        Self.write(
            to: &sink, key: key, auth: auth, scopes: scopes, apiKeyRequired: apiKeyRequired,
            timeoutMilliseconds: timeoutMilliseconds, integration: integration, repeating: functions)
    }

    /// A route's object from its members: `emit --local` passes a spec's route's own, without
    /// making a route (its list of scopes allocated, and the route destroyed, for each).
    static func write<Sink: JSONSink, Scopes: Sequence<String>>(
        to sink: inout Sink, key: String, auth: String, scopes: Scopes, apiKeyRequired: Bool, timeoutMilliseconds: Int,
        integration: RunConfig.Integration, repeating functions: RepeatedValues<FunctionIntegration>?
    ) {
        sink.object { sink in
            sink.member("key", .string(key))
            sink.member("auth", .string(auth))
            sink.member("scopes", strings: scopes)
            sink.member("apiKeyRequired", .bool(apiKeyRequired))
            sink.member("timeoutMilliseconds", .int(timeoutMilliseconds))
            sink.key("integration")
            guard let functions, case .function(let name, let payloadVersion) = integration else {
                return integration.write(to: &sink)
            }
            sink.value(repeating: functions, key: FunctionIntegration(name: name, payloadVersion: payloadVersion)) {
                integration.write(to: &$0)
            }
        }
    }

    /// All a function integration is made of. (`RunConfig.Integration` compares a mock's
    /// headers whatever their order, which its text keeps.)
    struct FunctionIntegration: Equatable {
        var name: String
        var payloadVersion: String
    }
}

extension RunConfig.Integration {
    /// An object whose `type` says which case it is, then the case's values.
    func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.object { sink in
            switch self {
            case .function(let name, let payloadVersion):
                sink.member("type", "function")
                sink.member("function", .string(name))
                sink.member("payloadVersion", .string(payloadVersion))
            case .http(let url, let method):
                sink.member("type", "http")
                sink.member("url", .string(url))
                if let method { sink.member("method", .string(method)) }
            case .mock(let status, let headers, let body):
                sink.member("type", "mock")
                sink.member("status", .int(status))
                sink.key("headers")
                headers.write(to: &sink)
                if let body { sink.member("body", .string(body)) }
            case .aws(let service, let action):
                sink.member("type", "aws")
                sink.member("service", .string(service))
                if let action { sink.member("action", .string(action)) }
            }
        }
    }
}

extension RunConfig.Function {
    func write<Sink: JSONSink>(to sink: inout Sink) {
        write(to: &sink) { environment.write(to: &$0) }
    }

    /// The function with `environment` writing its environment's object in place of the one
    /// it holds: `emit --local` writes the variables as it lists them.
    func write<Sink: JSONSink>(to sink: inout Sink, environment: (inout Sink) -> Void) {
        sink.object { sink in
            if let runtime { sink.member("runtime", .string(runtime)) }
            sink.member("handler", .string(handler))
            if let command { sink.member("command", strings: command) }
            sink.member("workingDirectory", .string(workingDirectory))
            sink.key("environment")
            environment(&sink)
            sink.member("timeout", .int(timeout))
            sink.member("memory", .int(memory))
            sink.member("concurrency", .int(concurrency))
        }
    }
}

extension RunConfig.Authorizer {
    func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("type", .string(type.rawValue))
            sink.member("identitySource", strings: identitySource)
            sink.member("issuers", strings: issuers)
            sink.member("audience", strings: audience)
            if let jwks { sink.member("jwks", .string(jwks)) }
            if let function { sink.member("function", .string(function)) }
            sink.member("token", .bool(token))
            if let tokenPattern { sink.member("tokenPattern", .string(tokenPattern)) }
            sink.member("resultTtl", .int(resultTtl))
            sink.member("simpleResponses", .bool(simpleResponses))
            if let payloadVersion { sink.member("payloadVersion", .string(payloadVersion)) }
        }
    }
}

extension RunConfig.Cors {
    func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("allowOrigins", strings: allowOrigins)
            sink.member("allowMethods", strings: allowMethods)
            sink.member("allowHeaders", strings: allowHeaders)
            sink.member("exposeHeaders", strings: exposeHeaders)
            sink.member("allowCredentials", .bool(allowCredentials))
            if let maxAge { sink.member("maxAge", .int(maxAge)) }
        }
    }
}

extension OrderedMap {
    /// The members, in the order they were added, each value written by `writeValue`.
    func writeMembers<Sink: JSONSink>(to sink: inout Sink, _ writeValue: (Value, inout Sink) -> Void) {
        for entry in entries {
            sink.key(entry.key)
            writeValue(entry.value, &sink)
        }
    }
}

extension OrderedMap<String> {
    /// An object of strings.
    func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.object { writeMembers(to: &$0) { $1.value(.string($0)) } }
    }
}

extension JSONSink {
    /// A member whose value is an array of strings.
    fileprivate mutating func member(_ key: String, strings: some Sequence<String>) {
        array(key) { sink in for string in strings { sink.value(.string(string)) } }
    }
}
