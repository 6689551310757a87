import APISpecCore

/// The path items of an OpenAPI document, each in the order of its first operation: written,
/// counted or made as values one by one, so that a document's largest part is never held
/// whole, and its operations are written without being made as values. Nothing is made
/// before they are asked for: a measured template may never need them.
struct PathItems: ObjectFilling {
    let builder: OpenAPIBuilder
    /// Route key -> the schema name of its request body.
    let models: [String: String]
    /// The builder's `emittedRoutes`.
    let routes: [Int]

    /// The length of each path item's text, its nested lines indented from `valueIndent`.
    func count(valueIndent: Int, _ add: (String, Int) -> Bool) {
        var sink = JSONTextSink(CountingOutput(), indent: valueIndent)
        make(into: &sink, starting: { _, sink in sink.output.count = 0 }, ending: { path, sink in add(path, sink.output.count) })
    }

    /// Each path item as a value.
    func values(_ add: (String, JSONValue) -> Bool) {
        var sink = JSONValueSink()
        make(into: &sink, starting: { _, _ in }, ending: { path, sink in add(path, sink.take()) })
    }

    /// Makes each path item into `sink`, between `starting` and `ending` for its path;
    /// `ending` returns false when no more are wanted.
    private func make<Sink: JSONSink>(
        into sink: inout Sink, starting: (String, inout Sink) -> Void, ending: (String, inout Sink) -> Bool
    ) {
        let places = builder.operationPlaces(of: routes)
        var ids = ClaimedOperationIDs(places)
        let integrations = builder.integrationExtension()
        let texts = OperationTexts()
        let preflight = builder.spec.cors.map(PreflightAnswer.init)
        // One list for every path's operations, emptied for each: a list made for each path cost an allocation.
        var kept: [Int] = []
        for (number, indices) in places.byPath.enumerated() {
            let path = places.paths[number]
            starting(path, &sink)
            var parameters = PathParameters()
            sink.object { item in
                Self.lastOfEachMethod(indices, in: places, into: &kept)
                for index in kept {
                    let slot = builder.slot(index, of: places, ids: &ids, parameters: &parameters)
                    if let route = places[index].route {
                        let route = builder.spec.routes[route]
                        places.methods.writeKey(places[index].method, into: &item)
                        builder.writeOperation(
                            slot, route: route, model: models[route.key.raw], integrations: integrations, texts: texts,
                            into: &item)
                    } else if let preflight {
                        places.methods.writeKey(places[index].method, into: &item)
                        builder.writePreflight(
                            slot, methods: { Self.methods(on: indices, of: places) }, answer: preflight, texts: texts, into: &item)
                    }
                }
            }
            guard ending(path, &sink) else { return }
        }
    }

    /// Of the places `indices` on one path, the last with each method, where the first with it
    /// is, into `kept`: two routes of one method on a path (which validation reports) make one operation,
    /// as a value's repeated key keeps its first place and its last value.
    private static func lastOfEachMethod(_ indices: ArraySlice<Int>, in places: OperationPlaces, into kept: inout [Int]) {
        kept.removeAll(keepingCapacity: true)
        for index in indices {
            if let earlier = kept.firstIndex(where: { places[$0].method == places[index].method }) {
                kept[earlier] = index
            } else {
                kept.append(index)
            }
        }
    }

    /// The methods routes answer on the path of places `indices`, for its preflight's
    /// `Access-Control-Allow-Methods`: read from the path's own places (a pass over all
    /// places for each preflight made CORS quadratic in the routes).
    private static func methods(on indices: ArraySlice<Int>, of places: OperationPlaces) -> [String] {
        var methods: [String] = []
        for index in indices where places[index].route != nil {
            let names = places[index].isAnyMethod ? OperationSlot.openAPIMethods : [places.method(of: index)]
            for name in names.map({ $0.uppercased() }) where name != "OPTIONS" && !methods.contains(name) {
                methods.append(name)
            }
        }
        return methods
    }
}

extension PathItems {
    /// Writes each path item as a member of `object`, while `out` wants more.
    func fill<Output: JSONOutput>(_ object: inout JSONWriter.ObjectWriter, into out: inout Output) {
        var sink = JSONTextSink(out, indent: object.valueIndent)
        make(
            into: &sink, starting: { path, sink in object.add(path, into: &sink.output) { _ in } },
            ending: { _, sink in sink.output.wantsMore })
        out = sink.output
    }
}
