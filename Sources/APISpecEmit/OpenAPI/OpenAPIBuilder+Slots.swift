import APISpecCore
import APISpecValidation

extension OpenAPIBuilder {
    /// Every operation's place in document order: the routes as written, then REST CORS
    /// preflights. Their ids are claimed as they are read (`slot(_:of:ids:)`). Each path's
    /// places are found as they are made, each path's words made and hashed once (a path is
    /// found by the hash of its words, which tells which paths have the same words too), and
    /// a route on the path of the route before it (a path's methods are written together) not
    /// hashed at all. `routes`: the `emittedRoutes`.
    func operationPlaces(of routes: [Int]) -> OperationPlaces {
        var found = OperationPlaces()
        var methods = OperationMethods()
        /// Of each path, its first place and whether it has an OPTIONS one.
        var firstPlaces: [Int] = []
        var hasOptions: [Bool] = []
        found.places.reserveCapacity(routes.count)
        // As large as it can be (a path for each route): a table that grows places each number again.
        var pathNumbers = NumbersByHash(capacity: routes.count)
        var last: (path: String, number: Int)?
        // The words of the route's path, when it is not the last route's, and a path with the same words.
        var words: [UInt8] = []
        var sameWords: Int?
        let explicit = explicitOperations(routes)
        for index in routes {
            let route = spec.routes[index]
            guard let path = pathKey(route) else { continue }
            let number: Int
            if let last, last.path == path {
                number = last.number
            } else {
                // Paths that are equal as strings have the same words (outside ASCII, words are
                // made of whole Characters), so the same hash. A number no path has yet, of a
                // route without a place, is for the next path.
                words.removeAll(keepingCapacity: true)
                OperationIDs.appendWords(of: route.key.path, to: &words)
                var hash = WordHash()
                words.withUnsafeBytes { hash.add($0) }
                sameWords = nil
                number = pathNumbers.number(hash: hash.value, new: firstPlaces.count) { held in
                    guard held < found.paths.count else { return false }
                    if found.paths[held] == path { return true }
                    if sameWords == nil, found.words.withWords(of: held, { $0.elementsEqual(words) }) { sameWords = held }
                    return false
                }
                last = (path, number)
            }
            forEachMethod(route, path: path, explicit: explicit, methods: &methods) { method, isAnyMethod in
                if number == firstPlaces.count {
                    firstPlaces.append(found.places.count)
                    hasOptions.append(false)
                    found.paths.append(path)
                    found.words.append(words, sameAs: sameWords)
                }
                if method == OperationMethods.options { hasOptions[number] = true }
                found.places.append(OperationPlace(
                    namedAfter: index, route: index, isAnyMethod: isAnyMethod, method: method, path: Int32(number)))
            }
            // A clean document's ANY whose every method other routes take has no place: nor has its path yet.
            if number == firstPlaces.count { last = nil }
        }
        // Each path without an OPTIONS route gets a preflight, named after its first route.
        if needsPreflights {
            for number in firstPlaces.indices where !hasOptions[number] {
                found.places.append(OperationPlace(
                    namedAfter: found.places[firstPlaces[number]].namedAfter, route: nil,
                    method: OperationMethods.options, path: Int32(number)))
            }
        }
        found.methods = methods
        found.byPath = Self.grouped(found.places, paths: firstPlaces.count)
        return found
    }

    /// The places of each path in order, as slices of one list sorted by path: a list for each
    /// path, grown from one place to two to four, cost an allocation or two a route.
    private static func grouped(_ places: [OperationPlace], paths: Int) -> [ArraySlice<Int>] {
        var ends = Array(repeating: 0, count: paths)
        for place in places { ends[Int(place.path)] += 1 }
        var start = 0
        for number in ends.indices {
            start += ends[number]
            ends[number] = start
        }
        // Each path's places placed from its end back, the last first.
        var sorted = Array(repeating: 0, count: places.count)
        for place in places.indices.reversed() {
            let number = Int(places[place].path)
            ends[number] -= 1
            sorted[ends[number]] = place
        }
        // `ends` now holds each path's start.
        return ends.indices.map { number in sorted[ends[number]..<(number + 1 < paths ? ends[number + 1] : sorted.count)] }
    }

    /// What the operation at `places[index]` is given beside its place. An id depends on the ids claimed before it,
    /// which `ids` claims first, in order, if it has not yet: a measured template, which
    /// counts only the paths within its byte limit, claims the ids of those alone (three
    /// quarters of the ids of 1,000 routes were claimed for nothing).
    /// `parameters`: those of the operations on the place's path made so far.
    func slot(
        _ index: Int, of places: OperationPlaces, ids: inout ClaimedOperationIDs, parameters: inout PathParameters
    ) -> OperationSlot {
        let operationId = ids.id(of: index)
        let anyMethod = places[index].isAnyMethod
        return OperationSlot(
            operationId: operationId,
            pathParameters: parameters.of(anyMethod: anyMethod) {
                pathParameters(spec.routes[places[index].namedAfter], anyMethod: anyMethod)
            })
    }

    /// The routes `operationPlaces(of:)` makes operations of, of the `emittedRoutes`, in order,
    /// without making them: the document's other parts read them, and a measured template may
    /// never need its paths.
    func operationRoutes(of routes: [Int]) -> [Int] {
        // With AWS extensions every emitted route has a path key and an operation.
        guard !awsExtensions else { return routes }
        let explicit = explicitOperations(routes)
        return routes.filter { index in
            let route = spec.routes[index]
            guard let path = pathKey(route) else { return false }
            // With AWS extensions every route has an operation (ANY its own key): only a clean
            // document's ANY has none, when other routes take every method it would spread over.
            return awsExtensions || !methods(route, path: path, explicit: explicit).isEmpty
        }
    }

    /// Whether every route `operationPlaces(of:)` makes an operation of has one of its own:
    /// false when two routes take the same method on the same path (which validation
    /// reports), as the later one's operation then stands for both. Only for a document with
    /// AWS extensions, where a route has exactly one place. Every route with a place is
    /// compared, those the document leaves out too: a repeat among them only makes this false.
    func routesHaveOwnOperations() -> Bool {
        precondition(awsExtensions, "without AWS extensions ANY spreads over several places")
        let routes = spec.routes.indices.filter { spec.routes[$0].key.path != nil || spec.routes[$0].key.isDefault }
        // Hashed from the key's bytes, the method's letters in lower case: making each place's
        // strings cost more than the rest of the paths' bound.
        return Repeats.find(count: routes.count, hash: { position in
            let key = spec.routes[routes[position]].key
            var hash = StableHash()
            guard let method = key.method, let path = key.path, !key.isDefault else {
                hash.append("/$default any")
                return Int(truncatingIfNeeded: hash.value)
            }
            for byte in method.utf8 { hash.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
            hash.append(UInt8(ascii: " "))
            hash.append(path.raw)
            return Int(truncatingIfNeeded: hash.value)
        }, same: { place(of: routes[$0]) == place(of: routes[$1]) }).isEmpty
    }

    private func place(of index: Int) -> Place {
        let route = spec.routes[index]
        let path = pathKey(route) ?? ""
        return Place(path: path, method: methods(route, path: path, explicit: [])[0])
    }

    private struct Place: Equatable {
        var path: String
        var method: String
    }

    /// Only a clean document spreads ANY over the methods no other route on its path takes:
    /// for it, the path and method of every route that names its method.
    private func explicitOperations(_ routes: [Int]) -> Set<String> {
        awsExtensions ? [] : Set(routes.compactMap { index in
            let route = spec.routes[index]
            return pathKey(route).map { "\($0) \(route.key.method?.lowercased() ?? "")" }
        })
    }

    /// The methods of `route`'s operations on `path`.
    private func methods(_ route: Route, path: String, explicit: Set<String>) -> [String] {
        var methods = OperationMethods()
        var numbers: [Int32] = []
        forEachMethod(route, path: path, explicit: explicit, methods: &methods) { method, _ in numbers.append(method) }
        return numbers.map { methods[$0] }
    }

    /// Gives `body` the number in `methods` of each method of `route`'s operations on `path`,
    /// and whether it is `OperationSlot.anyMethod`: one, but for a clean document's ANY
    /// (`operationPlaces(of:)` made a list of it for each route).
    private func forEachMethod(
        _ route: Route, path: String, explicit: Set<String>, methods: inout OperationMethods, _ body: (Int32, Bool) -> Void
    ) {
        if route.key.path != nil, let method = methods.number(ofWritten: route.key.method ?? "") { return body(method, false) }
        if awsExtensions { return body(OperationMethods.anyMethod, true) }
        for (number, name) in OperationSlot.openAPIMethods.enumerated() where !explicit.contains("\(path) \(name)") {
            body(Int32(number), false)
        }
    }

    /// Indices of the routes the document has operations of. Found once for a document, by
    /// `parts()`, and handed on. In a closure: `filter(emits)` copied the builder for each route.
    var emittedRoutes: [Int] {
        spec.routes.indices.filter { emits($0) }
    }

    /// Whether the route at `index` has operations: one with exactly one integration and an
    /// HTTP-style key; the validator reports the rest.
    /// The route read in place, and its key's kind without binding the path: a copy of either
    /// retained and released what it holds.
    func emits(_ index: Int) -> Bool {
        guard spec.routes[index].hasIntegration, !spec.isBroken(spec.routes[index]) else { return false }
        if case .http = spec.routes[index].key.kind { return true }
        return spec.routes[index].key.isDefault
    }

    /// REST APIs answer CORS preflights with generated mock OPTIONS methods; a clean document leaves them out.
    private var needsPreflights: Bool { spec.apiProtocol == .rest && spec.cors != nil && awsExtensions }

    /// `$default` exists only for API Gateway (the catch-all route), so only its extension can say it.
    /// A route with a path is no `$default` (looked at first: comparing the key with
    /// `$default` costs a call).
    private func pathKey(_ route: Route) -> String? {
        guard let path = route.key.path else { return route.key.isDefault && awsExtensions ? "/$default" : nil }
        return awsExtensions ? path.raw : "/" + path.segments.map(cleanSegment).joinedText(separator: "/")
    }

    /// OpenAPI has no greedy parameter: `{proxy+}` is a plain `{proxy}` in a clean document.
    private func cleanSegment(_ segment: RoutePath.Segment) -> String {
        if case .greedy(let name) = segment { return "{\(name)}" }
        return segment.text
    }

    /// Greedy parameters are named as AWS exports them: `proxy` in REST's ANY method (where
    /// API Gateway maps `method.request.path.proxy`), `proxy+` where the path template must
    /// resolve for OpenAPI tools, and plain `proxy` in a clean document's `{proxy}`.
    private func pathParameters(_ route: Route, anyMethod: Bool) -> [String] {
        (route.key.path?.segments ?? []).compactMap { segment in
            switch segment {
            case .literal: return nil
            case .parameter(let name): return name
            case .greedy(let name):
                return !awsExtensions || (spec.apiProtocol == .rest && anyMethod) ? name : name + "+"
            }
        }
    }
}
