import APISpecCore

/// The keys that some checked route writes, itself or through `defaults`: each protocol rule
/// looks route by route for a key of another protocol, which most specs never write, so
/// the routes are read once for all of them instead of once per rule.
struct WrittenRouteKeys: RouteGathering {
    /// A list: a route writes a few of the route keys the language has, and every route
    /// shares its inherited ones; comparing short strings costs less than hashing them.
    private(set) var keys: [String] = []
    /// The numbers of decoded routes' own keys seen: one seen before is passed over by its
    /// number, where making its string cost more than reading the keys.
    private var numbers: [Int] = []
    /// `keys` as bits: the routes share their inherited strings, so a key seen before is
    /// found by its bits, where telling it from each other key as text cost more. Only a key
    /// not found so (the first of its name, or a hand-built route's) is compared as text.
    private var bits: [StringBits] = []

    init(_ spec: Spec, routeCount: Int) {}

    mutating func add(_ routes: ArraySlice<Route>) {
        // Each route read in place, by position: a loop over them copies each.
        for index in routes.indices {
            routes[index].provenance.forEachKey(number: { add(number: $0) }, text: { add(text: $0) })
        }
    }

    private mutating func add(number: Int) {
        guard !numbers.contains(number) else { return }
        numbers.append(number)
        add(Provenance.key(numbered: number))
    }

    private mutating func add(text key: String) {
        let keyBits = StringBits(key)
        guard !bits.contains(keyBits) else { return }
        add(key)
    }

    private mutating func add(_ key: String) {
        guard !keys.contains(key) else { return }
        keys.append(key)
        bits.append(StringBits(key))
    }
}
