/// Operation ids, each claimed in place order among the places it could clash with. Every
/// name a place can get starts with its method (`getPets`, `getPets2`) and goes on with a
/// capital or a digit, so when every method is lower-case letters (`isLetters`), no name of
/// one method is a name of another, and two unnumbered names are the same only where their
/// methods and words are. Then:
/// - in a document with CORS preflights, each method's ids are claimed apart, and only up to
///   the place asked for. A measured REST template, whose preflights come after all of its
///   routes, then claims the ids of the routes it counts, not of all of them, to name a
///   preflight.
/// - until a group's unnumbered names repeat, each is its place's id, told apart from the
///   others by its method and words (`UnnumberedIDs`), without a set of every id.
struct ClaimedOperationIDs {
    private struct Group {
        /// Every name the group claimed, once its unnumbered names repeat: nil while each
        /// is its place's id.
        var names: OperationIDs?
        /// The next place to look at: the group's places before it are claimed.
        var next = 0
        /// Its places: what its set of names holds at most.
        var count = 0
    }

    private var groups: [Group] = []
    private let places: [OperationPlace]
    /// Each path's words (`OperationPlaces.words`).
    private let words: PathWords
    /// Each method's name as an id starts with it, by method number, `any` last (for
    /// API Gateway's any-method).
    private let idMethods: [[UInt8]]
    /// Each place's method number, when every method is letters (and a bit of
    /// `UnnumberedIDs` each); empty else.
    private var methodOfPlace: [UInt8] = []
    /// Whether each method's places are a group: else one group claims every place.
    private var byMethod = false
    /// The ids of places claimed before they are asked for (of a group that claimed up to a
    /// later place), until they are: few, as places are asked for in about their order, where
    /// a list of every place's id was megabytes of fresh pages.
    private var ahead: [Int: ArraySlice<UInt8>] = [:]
    private var unnumbered: UnnumberedIDs
    /// Holds the last id made, its bytes first (`base`): the id given out is a slice of it
    /// (a string made for each id cost an allocation and a check of its UTF-8).
    private var id: [UInt8] = []
    private var baseCount = 0

    init(_ places: OperationPlaces) {
        self.places = places.places
        words = places.words
        idMethods = (places.methods.names + ["any"]).map { Array($0.utf8) }
        unnumbered = UnnumberedIDs(distinctWords: places.words.distinctCount)
        // The any-method's places' ids start with `any`; its key, written as a route's method, is no letters.
        let letters = places.methods.names.map(Self.isLetters)
        if letters.count <= UnnumberedIDs.methods, places.places.allSatisfy({ $0.isAnyMethod || letters[Int($0.method)] }) {
            methodOfPlace = places.places.map { UInt8($0.method) }
        }
        // Without preflights, places are asked for in about their order: one group claims as few.
        byMethod = !methodOfPlace.isEmpty && places.places.contains { $0.route == nil }
        // Counted apart: counting into `groups` checked its uniqueness for each place.
        var counts = Array(repeating: 0, count: byMethod ? letters.count : 1)
        if byMethod {
            for method in methodOfPlace { counts[Int(method)] += 1 }
        } else {
            counts[0] = places.places.count
        }
        groups = counts.map { Group(count: $0) }
        // A group of other methods claims its names in a set from the start.
        if methodOfPlace.isEmpty { groups[0].names = OperationIDs(capacity: groups[0].count) }
    }

    private func group(of place: Int) -> Int {
        byMethod ? Int(methodOfPlace[place]) : 0
    }

    /// The id of place `index` as UTF-8, asked for once: it is let go then (held until all
    /// were freed together, the ids of 100,000 places cost a cache miss each). Before
    /// numbering, an id is the place's method (`any` for the any-method) and its path's
    /// words (`OperationIDs.base`).
    mutating func id(of index: Int) -> ArraySlice<UInt8> {
        let group = group(of: index)
        // Counted in a local: each group passes over every place, and `groups` changed for
        // each checked its uniqueness.
        var next = groups[group].next
        while next <= index {
            let place = next
            next += 1
            guard self.group(of: place) == group else { continue }
            groups[group].next = next
            let id = claim(place, in: group)
            if place == index { return id }
            ahead[place] = id
        }
        groups[group].next = next
        return ahead.removeValue(forKey: index) ?? []
    }

    private mutating func claim(_ place: Int, in group: Int) -> ArraySlice<UInt8> {
        makeBase(of: place)
        if groups[group].names == nil {
            if unnumbered.take(words: words.number(of: Int(places[place].path)), method: Int(methodOfPlace[place])) { return base }
            groups[group].names = names(before: place, in: group)
            makeBase(of: place)
        }
        let base = base
        guard let claimed = groups[group].names?.claim(String(decoding: base, as: UTF8.self)) else { return base }
        return ArraySlice(claimed.utf8)
    }

    /// Makes `base` the unnumbered id of `place` (`OperationIDs.base`): its method's bytes
    /// and its path's words copied into `id`'s storage, which the id given out last no
    /// longer shares (emptied and appended to, the array cost three calls to array code
    /// that was not inlined).
    private mutating func makeBase(of place: Int) {
        let method = idMethods[places[place].isAnyMethod ? idMethods.count - 1 : Int(places[place].method)]
        let path = Int(places[place].path)
        baseCount = method.count + words.count(of: path)
        if id.count < baseCount { id += repeatElement(0, count: baseCount - id.count) }
        id.withUnsafeMutableBufferPointer { id in
            let start = id.update(fromContentsOf: method)
            words.withWords(of: path) { _ = UnsafeMutableBufferPointer(rebasing: id[start...]).update(fromContentsOf: $0) }
        }
    }

    /// The id `makeBase(of:)` made last.
    private var base: ArraySlice<UInt8> { id[..<baseCount] }

    /// The names the group's places before `place` claimed, each its unnumbered name: a
    /// group's set of names, made when they first repeat.
    private mutating func names(before place: Int, in group: Int) -> OperationIDs {
        var names = OperationIDs(capacity: groups[group].count)
        for earlier in 0..<place where self.group(of: earlier) == group {
            makeBase(of: earlier)
            _ = names.claim(String(decoding: base, as: UTF8.self))
        }
        return names
    }

    /// Whether `method` is one or more lower-case letters.
    static func isLetters(_ method: String) -> Bool {
        !method.isEmpty && method.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }
}
