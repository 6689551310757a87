import APISpecCore

/// Operation ids, each claimed in place order among the places it could clash with. Every
/// name a place can get starts with its method (`getPets`, `getPets2`) and goes on with a
/// capital or a digit, so when every method is lower-case letters (`isLetters`),
/// no name of one method is a name of another: each method's ids are claimed apart, and only
/// up to the place asked for. A measured REST template, whose CORS preflights come after all
/// of its routes, then claims the ids of the routes it counts, not of all of them, to name a
/// preflight.
struct ClaimedOperationIDs {
    private struct Group {
        var names = OperationIDs()
        /// The next place to look at: the group's places before it are claimed.
        var next = 0
    }

    private var groups: [Group] = []
    /// Each place's group, by place.
    private var groupOfPlace: [UInt8] = []
    private var claimed: [String?]
    /// Places are claimed path by path, mostly: a path's words are made once for its places.
    private var words = PathWords()

    init(_ places: OperationPlaces) {
        claimed = Array(repeating: nil, count: places.count)
        // Without preflights, places are asked for in about their order: one group claims
        // as few.
        guard places.places.contains(where: { $0.route == nil }), places.methods.names.count <= Int(UInt8.max) else {
            oneGroup()
            return
        }
        // A group for each method, numbered as the methods are: a method that is not
        // lower-case letters could meet another's names (or is rare enough to be left to
        // one group), so then one group for all. The any-method's places' ids start with
        // `any`; its key, written as a route's method, is no letters.
        let letters = places.methods.names.map(Self.isLetters)
        groupOfPlace.reserveCapacity(places.count)
        var counts = Array(repeating: 0, count: letters.count)
        for place in places.places {
            guard place.isAnyMethod || letters[Int(place.method)] else {
                groupOfPlace = []
                oneGroup()
                return
            }
            groupOfPlace.append(UInt8(place.method))
            counts[Int(place.method)] += 1
        }
        // Each group's set of names made as large as it will be.
        groups = counts.map { Group(names: OperationIDs(capacity: $0)) }
    }

    private mutating func oneGroup() {
        groupOfPlace = Array(repeating: 0, count: claimed.count)
        groups = [Group(names: OperationIDs(capacity: claimed.count))]
    }

    /// The id of place `index`; `named` gives a place's method (`OperationPlaces.idMethod(of:)`) and the path it is
    /// named after, whose id it is before numbering (`OperationIDs.base`).
    mutating func id(of index: Int, named: (Int) -> (method: String, path: RoutePath?)) -> String {
        let group = groupOfPlace[index]
        while claimed[index] == nil {
            let place = groups[Int(group)].next
            groups[Int(group)].next += 1
            guard groupOfPlace[place] == group else { continue }
            let (method, path) = named(place)
            claimed[place] = groups[Int(group)].names.claim(words.base(method: method, path: path))
        }
        return claimed[index] ?? ""
    }

    /// Whether `method` is one or more lower-case letters.
    static func isLetters(_ method: String) -> Bool {
        !method.isEmpty && method.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }
}
