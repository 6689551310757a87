import APISpecCore
import APISpecRunConfig

/// A stage's run config whose routes and functions are made from the spec only as they are
/// read: `emit --local` writes each as it is made and lets it go. Held whole, the run config
/// of 100,000 routes was a third of the run's memory, more than the model it is made from.
struct StreamedRunConfig: Encodable {
    /// Everything but the routes and the functions.
    let head: RunConfig
    let emitter: LocalConfigEmitter
    let spec: Spec
    let substitution: LocalSubstitution

    /// The routes that have an integration, in the spec's order.
    var routes: some Sequence<RunConfig.Route> {
        spec.routes.lazy.compactMap { emitter.route(for: $0, in: spec, substitution: substitution) }
    }

    var functions: some Sequence<OrderedMap<RunConfig.Function>.Entry> {
        spec.functions.values.lazy.map { function in
            OrderedMap.Entry(
                key: function.name,
                value: emitter.function(function, local: spec.local?.functions[function.name], substitution: substitution))
        }
    }

    /// The run config `apispec serve` runs.
    var whole: RunConfig {
        var config = head
        config.routes = Array(routes)
        for entry in functions { config.functions[entry.key] = entry.value }
        return config
    }

    func encode(to encoder: any Encoder) throws {
        try head.encode(to: encoder, routes: EncodedList(items: routes), functions: EncodedMap(members: functions))
    }
}

/// Items encoded as an array of them is, each made as it is read.
private struct EncodedList<Items: Sequence>: Encodable where Items.Element: Encodable {
    let items: Items

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for item in items { try container.encode(item) }
    }
}

/// Members encoded as an `OrderedMap` of them is, each made as it is read.
private struct EncodedMap<Members: Sequence, Value: Encodable>: Encodable where Members.Element == OrderedMap<Value>.Entry {
    let members: Members

    func encode(to encoder: any Encoder) throws {
        try OrderedMap<Value>.encode(members, to: encoder)
    }
}
