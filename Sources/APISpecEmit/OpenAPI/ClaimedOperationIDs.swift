/// Operation ids, each claimed in place order among the places it could clash with. Every
/// name a place can get starts with its method (`getPets`, `getPets2`) and goes on with a
/// capital or a digit, so when every method is lower-case letters, no name of one method
/// is a name of another: each method's ids are claimed apart, and only up to the place asked
/// for. A measured REST template, whose CORS preflights come after all of its routes, then
/// claims the ids of the routes it counts, not of all of them, to name a preflight.
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

    init(_ places: [OperationPlace]) {
        claimed = Array(repeating: nil, count: places.count)
        // Without preflights, places are asked for in about their order: one group claims
        // as few.
        guard places.contains(where: { $0.route == nil }) else {
            oneGroup()
            return
        }
        groupOfPlace.reserveCapacity(places.count)
        var methods: [String] = []
        for place in places {
            let method = Self.idMethod(place)
            var group = methods.count - 1
            while group >= 0, methods[group] != method { group -= 1 }
            if group < 0 {
                // A method that is not all lower-case letters could meet another's names, and a
                // group is numbered in a byte: one group for all.
                guard Self.isLowercaseWord(method), methods.count < Int(UInt8.max) else {
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

    /// The id of place `index`; `base` gives a place's id before numbering.
    mutating func id(of index: Int, base: (Int) -> String) -> String {
        let group = groupOfPlace[index]
        while claimed[index] == nil {
            let place = groups[Int(group)].next
            groups[Int(group)].next += 1
            if groupOfPlace[place] == group { claimed[place] = groups[Int(group)].names.claim(base(place)) }
        }
        return claimed[index] ?? ""
    }

    /// The method an operation id starts with: `any` for API Gateway's any-method.
    static func idMethod(_ place: OperationPlace) -> String {
        place.method == OperationSlot.anyMethod ? "any" : place.method
    }

    private static func isLowercaseWord(_ method: String) -> Bool {
        !method.isEmpty && method.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }
}
