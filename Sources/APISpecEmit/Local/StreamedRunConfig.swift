import APISpecCore
import APISpecRunConfig

/// A stage's run config whose routes and functions are made from the spec only as they are
/// read: `emit --local` writes each as it is made and lets it go. Held whole, the run config
/// of 100,000 routes added 16 MB to the run's peak memory.
struct StreamedRunConfig {
    /// Everything but the routes and the functions.
    let head: RunConfig
    let emitter: LocalConfigEmitter
    let spec: Spec
    let substitution: LocalSubstitution

    /// Calls `body` with each route that has an integration, and its integration, in the
    /// spec's order.
    func forEachRoute(_ body: (Route, Integration) throws -> Void) rethrows {
        for route in spec.routes {
            guard let integration = route.integration else { continue }
            try body(route, integration)
        }
    }

    /// Calls `body` with each function, its local settings and its working directory, in the
    /// spec's order.
    func forEachFunction(_ body: (Function, LocalFunction?, String) throws -> Void) rethrows {
        // Functions share their code's directory more often than not. Compared byte for byte:
        // a path equal to another only up to Unicode equivalence names another directory.
        var last: (code: String, directory: String)?
        for function in spec.functions.values {
            let workingDirectory: String
            if let last, last.code.utf8.elementsEqual(function.code.utf8) {
                workingDirectory = last.directory
            } else {
                workingDirectory = LocalPath.resolve(function.code, against: emitter.root)
                last = (function.code, workingDirectory)
            }
            try body(function, spec.local?.functions[function.name], workingDirectory)
        }
    }

    /// The run config `apispec serve` runs.
    var whole: RunConfig {
        var config = head
        forEachRoute { route, integration in
            config.routes.append(emitter.route(for: route, integration: integration, in: spec, substitution: substitution))
        }
        forEachFunction { function, local, workingDirectory in
            config.functions[function.name] = emitter.function(
                function, local: local, workingDirectory: workingDirectory, substitution: substitution)
        }
        return config
    }

    /// The whole run config's text, each route and function written as it is made, a
    /// function's environment variable by variable.
    func write<Sink: JSONSink>(to sink: inout Sink) {
        head.write(
            to: &sink,
            routes: { sink in
                let functions = RepeatedValues<RunConfig.Route.FunctionIntegration>(capacity: 2)
                forEachRoute { route, integration in
                    emitter.write(
                        route, integration: integration, in: spec, substitution: substitution, to: &sink, repeating: functions)
                }
            },
            functions: { sink in
                // Taken out of `self`, which the environment's closure would otherwise copy whole.
                let substitution = substitution
                forEachFunction { function, local, workingDirectory in
                    sink.key(function.name)
                    emitter.settings(of: function, local: local, workingDirectory: workingDirectory).write(to: &sink) { sink in
                        sink.object { sink in
                            LambdaEnvironment.forEachVariable(
                                for: function, workingDirectory: workingDirectory, substitution: substitution,
                                localOverrides: local?.environment
                            ) { sink.member($0, .string($1)) }
                        }
                    }
                }
            })
    }
}
