import APISpecCore

/// The keys that some checked route writes, itself or through `defaults`: each protocol rule
/// looks route by route for a key of another protocol, which most specs never write, so
/// the routes are read once for all of them instead of once per rule.
struct WrittenRouteKeys: SharedItem {
    static func compute(_ spec: Spec, in work: SharedWork) -> [String] {
        // A list: a route writes a few of the route keys the language has, and every route
        // shares its inherited ones; comparing short strings costs less than hashing them.
        var keys: [String] = []
        // The same, as bits: a decoded route's keys are the strings of one table, so a key seen
        // before is found by its bits, where telling it from each other key as text cost more
        // than reading the keys. Only a key not found so (the first of its name, or a
        // hand-built route's) is compared as text.
        var bits: [Bits] = []
        // Each route read in place, by position: a loop over them copies each.
        let routes = spec.checkedRoutes
        for index in routes.indices {
            routes[index].provenance.forEachKey { key in
                let keyBits = unsafeBitCast(key, to: Bits.self)
                guard !bits.contains(where: { $0 == keyBits }), !keys.contains(key) else { return }
                keys.append(key)
                bits.append(keyBits)
            }
        }
        return keys
    }

    /// A string's representation: two strings of the same bits are the same text.
    private struct Bits: Equatable {
        var low: UInt64
        var high: UInt64
    }
}
