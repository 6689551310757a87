import APISpecCore
import APISpecRunConfig

/// A stage's run config whose routes and functions are made from the spec only as they are
/// read: `emit --local` writes each as it is made and lets it go. Held whole, the run config
/// of 100,000 routes added 16 MB to the run's peak memory.
struct StreamedRunConfig: Encodable {
    /// Everything but the routes and the functions.
    let head: RunConfig
    let emitter: LocalConfigEmitter
    let spec: Spec
    let substitution: LocalSubstitution

    /// Calls `body` with each route that has an integration, in the spec's order. A loop,
    /// not a lazy sequence: the encoder would iterate that through generic code that looks
    /// its types up at run time for every route.
    func forEachRoute(_ body: (RunConfig.Route) throws -> Void) rethrows {
        for route in spec.routes {
            if let made = emitter.route(for: route, in: spec, substitution: substitution) { try body(made) }
        }
    }

    /// Calls `body` with each function's name and settings, in the spec's order.
    func forEachFunction(_ body: (String, RunConfig.Function) throws -> Void) rethrows {
        for function in spec.functions.values {
            try body(function.name, emitter.function(function, local: spec.local?.functions[function.name], substitution: substitution))
        }
    }

    /// The run config `apispec serve` runs.
    var whole: RunConfig {
        var config = head
        forEachRoute { config.routes.append($0) }
        forEachFunction { config.functions[$0] = $1 }
        return config
    }

    func encode(to encoder: any Encoder) throws {
        try head.encode(to: encoder, routes: Routes(config: self), functions: Functions(config: self))
    }

    /// The routes, encoded as an array of them is.
    private struct Routes: Encodable {
        let config: StreamedRunConfig

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try config.forEachRoute { try container.encode($0) }
        }
    }

    /// The functions, encoded as an `OrderedMap` of them is.
    private struct Functions: Encodable {
        let config: StreamedRunConfig

        func encode(to encoder: any Encoder) throws {
            try OrderedMap<RunConfig.Function>.encode(to: encoder) { add in try config.forEachFunction(add) }
        }
    }
}
