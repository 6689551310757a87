import APISpecCore

/// Operation ids, each claimed in place order among the places it could clash with. Every
/// name a place can get starts with its method (`getPets`, `getPets2`) and goes on with a
/// capital or a digit, so when every method is lower-case letters (a few: `letters(of:)`),
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

    init(_ places: [OperationPlace]) {
        claimed = Array(repeating: nil, count: places.count)
        // Without preflights, places are asked for in about their order: one group claims
        // as few.
        guard places.contains(where: { $0.route == nil }) else {
            oneGroup()
            return
        }
        groupOfPlace.reserveCapacity(places.count)
        // Each group's method as a number (`letters(of:)`): a place's method is compared with
        // several groups', and comparing strings that differ costs a call.
        var methods: [UInt64] = []
        for place in places {
            // A method that is not a few lower-case letters could meet another's names (or
            // is rare enough to be left to one group), and a group is numbered in a byte: one
            // group for all.
            guard let method = Self.letters(of: Self.idMethod(place)) else {
                oneGroup()
                return
            }
            var group = methods.count - 1
            while group >= 0, methods[group] != method { group -= 1 }
            if group < 0 {
                guard methods.count < Int(UInt8.max) else {
                    oneGroup()
                    return
                }
                group = methods.count
                methods.append(method)
                groups.append(Group())
            }
            groupOfPlace.append(UInt8(group))
        }
        // Each group's set of names made as large as it will be.
        var counts = Array(repeating: 0, count: groups.count)
        for group in groupOfPlace { counts[Int(group)] += 1 }
        for group in groups.indices { groups[group].names = OperationIDs(capacity: counts[group]) }
    }

    private mutating func oneGroup() {
        groupOfPlace = Array(repeating: 0, count: claimed.count)
        groups = [Group(names: OperationIDs(capacity: claimed.count))]
    }

    /// The id of place `index`; `named` gives a place's method (`idMethod`) and the path it is
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

    /// The method an operation id starts with: `any` for API Gateway's any-method.
    static func idMethod(_ place: OperationPlace) -> String {
        place.isAnyMethod ? "any" : place.method
    }

    /// A method of one to eight lower-case letters as one number, its bytes in order (no
    /// letter is a zero byte, so methods of different lengths differ); nil for any other.
    static func letters(of method: String) -> UInt64? {
        method.withUTF8Bytes { bytes in
            guard (1...8).contains(bytes.count) else { return nil }
            var letters: UInt64 = 0
            for byte in bytes {
                guard byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { return nil }
                letters = letters << 8 | UInt64(byte)
            }
            return letters
        }
    }
}
