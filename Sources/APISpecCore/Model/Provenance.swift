/// Where each field of a model value was written: spec key name -> location of its value.
/// A value inherited from `defaults` records the location inside `defaults`, so a
/// diagnostic about it points there.
public struct Provenance: Sendable {
    public typealias Field = (key: String, location: SourceLocation)

    /// Where the entity itself was written (its key in the enclosing mapping).
    public var entity: SourceLocation {
        get { storedEntity }
        set {
            own.entityMoved(from: storedEntity.name, to: newValue.name)
            storedEntity = newValue
        }
    }

    private var storedEntity: SourceLocation
    /// Written on the entity itself, each key once. Lists rather than a dictionary: every
    /// entity of the spec has one and writes a handful of fields, which a list holds in a
    /// fraction of a hash table's memory and searches faster than it hashes.
    private var own: WrittenFields = .compact([])
    /// Inherited from `defaults`: one list shared by every inheritor, not a copy in each.
    private var inherited: [Field] = []

    public init(_ entity: SourceLocation) {
        storedEntity = entity
    }

    /// The location of field `key`'s value, or the entity's location when it was not written.
    public subscript(key: String) -> SourceLocation {
        location(key) ?? storedEntity
    }

    public func has(_ key: String) -> Bool { location(key) != nil }

    /// Every field, inherited ones first (where the entity writes one too, its own location).
    public var fields: [Field] {
        let own = own.fields(file: storedEntity.name)
        guard !inherited.isEmpty else { return own }
        let overridden = inherited.map { field in (field.key, own.first { $0.key == field.key }?.location ?? field.location) }
        return overridden + own.filter { field in !inherited.contains { $0.key == field.key } }
    }

    /// Calls `number` or `text` with the key of every field, inherited ones included (a key
    /// written both ways comes twice), without making the fields. A decoded entity's own keys
    /// come as numbers (`key(numbered:)` gives the text), equal for equal keys of one path of
    /// entities, so that a reader tells a key seen before without reading its string (its
    /// copy costs more than the test). Numbers hold for one run.
    public func forEachKey(number: (Int) -> Void, text: (String) -> Void) {
        for field in inherited { text(field.key) }
        own.forEachKey(number: number, text: text)
    }

    /// The key that `forEachKey(number:text:)` gave as `number`.
    public static func key(numbered number: Int) -> String { KnownKeys.numbered.names[number] }

    /// Records where `key`'s value was written; like a dictionary's, a later write replaces an earlier one.
    public mutating func set(_ key: String, at location: SourceLocation) {
        own.set(key, at: location, file: storedEntity.name)
    }

    /// For the decoder: the key numbered `number` in `KnownKeys.numbered`.
    mutating func set(number: UInt16, at location: SourceLocation) {
        own.set(number: number, at: location, file: storedEntity.name)
    }

    /// For the decoder: fields `0..<count` of keys that differ, each with its key's number in
    /// `KnownKeys.numbered` and its location (`field`), as `set(number:at:)` records them.
    mutating func set(count: Int, _ field: (Int) -> (number: UInt16, location: SourceLocation)) {
        let appended = own.appendToEmpty(count: count, file: storedEntity.name, field)
        guard appended < count else { return }
        reserveCapacity(adding: count - appended)
        for place in appended..<count {
            let (number, location) = field(place)
            set(number: number, at: location)
        }
    }

    /// Takes `fields` as inherited, under what the entity writes itself. Pass the same list
    /// to every inheritor: they share it.
    public mutating func inherit(_ fields: [Field]) {
        inherited = fields
    }

    /// Makes room for `count` more fields at once, so recording them does not grow the list step by step.
    mutating func reserveCapacity(adding count: Int) {
        own.reserveCapacity(adding: count)
    }

    private func location(_ key: String) -> SourceLocation? {
        own.location(key, file: storedEntity.name) ?? inherited.first { $0.key == key }?.location
    }
}

extension Provenance: Hashable {
    public static func == (a: Provenance, b: Provenance) -> Bool {
        a.entity == b.entity && a.fields.elementsEqual(b.fields) { $0.key == $1.key && $0.location == $1.location }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entity)
        let fields = fields
        hasher.combine(fields.count)
        for field in fields {
            hasher.combine(field.key)
            hasher.combine(field.location)
        }
    }
}

/// A value with the place it was written, for list items and map keys.
///
/// `Value` has no requirements of its own, only the conformances do: the runtime then makes
/// the type (`Located<Int>`) without looking up `Int: Hashable`, a search of the binary's
/// thousands of conformance records the first time (a quarter of a million instructions).
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// `x-` keys of one mapping, in source order, passed through untouched.
public typealias Extensions = [YAMLNode.Pair]
