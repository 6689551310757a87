import OrderedCollections

/// A JSON object's members in insertion order: what `JSONValue.object` holds.
///
/// Emitters make objects by the hundred thousand, nearly all from a literal of a few members
/// written once: one list of the members, the literal's own when its keys are distinct, costs
/// a fraction of an ordered dictionary (a list of keys, a list of values, and assignment
/// member by member). A key is found by a scan of a short object, and by a table of the
/// positions of the keys of a long one (a document's paths, a template's resources).
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// Unlabelled, so a literal's own list is kept as it is.
    private var members: [(String, JSONValue)]
    /// Each key's position in `members`, once there are more than `scannedCount`.
    private var positions: [String: Int]?

    /// The most members found by a scan.
    static let scannedCount = 16

    public init() { members = [] }

    public init(minimumCapacity: Int) {
        members = []
        members.reserveCapacity(minimumCapacity)
    }

    /// A repeated key keeps its first place and its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }

    /// `members` in order; a repeated key keeps its first place and its last value.
    init(_ members: [(String, JSONValue)]) {
        guard members.count <= Self.scannedCount else {
            self.init(minimumCapacity: members.count)
            for (key, value) in members { self[key] = value }
            return
        }
        // A literal is short and its keys are almost never repeated: compared pair by pair.
        let distinct = members.indices.allSatisfy { index in
            !members[..<index].contains { $0.0 == members[index].0 }
        }
        guard distinct else {
            self.init(minimumCapacity: members.count)
            for (key, value) in members { self[key] = value }
            return
        }
        self.init(adopting: members)
    }

    private init(adopting members: [(String, JSONValue)]) { self.members = members }

    /// An ordered dictionary's members, in its order.
    public init(_ dictionary: OrderedDictionary<String, JSONValue>) {
        self.init(minimumCapacity: dictionary.count)
        for (key, value) in dictionary { append(key, value) }
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.0) }

    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { members[$0].1 } }
        set {
            guard let position = position(of: key) else {
                if let newValue { append(key, newValue) }
                return
            }
            guard let newValue else { return remove(at: position) }
            members[position].1 = newValue
        }
    }

    /// `other`'s members, each added in its order or, when its key is here, combined with
    /// the value here (`combine(own, other)`).
    public mutating func merge(_ other: JSONObject, uniquingKeysWith combine: (JSONValue, JSONValue) -> JSONValue) {
        for (key, value) in other {
            if let position = position(of: key) {
                members[position].1 = combine(members[position].1, value)
            } else {
                append(key, value)
            }
        }
    }

    /// `merge`, into a copy.
    public func merging(_ other: JSONObject, uniquingKeysWith combine: (JSONValue, JSONValue) -> JSONValue) -> JSONObject {
        var merged = self
        merged.merge(other, uniquingKeysWith: combine)
        return merged
    }

    public struct Iterator: IteratorProtocol {
        fileprivate var members: IndexingIterator<[(String, JSONValue)]>

        public mutating func next() -> (key: String, value: JSONValue)? {
            members.next().map { (key: $0.0, value: $0.1) }
        }
    }

    public func makeIterator() -> Iterator { Iterator(members: members.makeIterator()) }

    public var underestimatedCount: Int { members.count }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for (key, value) in members {
            hasher.combine(key)
            hasher.combine(value)
        }
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return members.firstIndex { $0.0 == key }
    }

    /// Adds a member whose key is not here.
    private mutating func append(_ key: String, _ value: JSONValue) {
        members.append((key, value))
        if positions != nil {
            positions?[key] = members.count - 1
        } else if members.count > Self.scannedCount {
            indexPositions()
        }
    }

    private mutating func remove(at position: Int) {
        members.remove(at: position)
        if positions != nil { indexPositions() }
    }

    private mutating func indexPositions() {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(members.count)
        for (position, member) in members.enumerated() { positions[member.0] = position }
        self.positions = positions
    }
}
