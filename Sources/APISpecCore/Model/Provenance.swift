/// Where each field of a model value was written: spec key name -> location of its value.
/// A value inherited from `defaults` records the location inside `defaults`, so a
/// diagnostic about it points there.
public struct Provenance: Sendable {
    /// Where the entity itself was written (its key in the enclosing mapping).
    public var entity: SourceLocation
    /// In the order recorded, each key once. A list rather than a dictionary: every
    /// entity of the spec has one and writes a handful of fields, which a list holds in
    /// a third of a hash table's memory and searches faster than it hashes.
    public private(set) var fields: [(key: String, location: SourceLocation)] = []

    public init(_ entity: SourceLocation) {
        self.entity = entity
    }

    /// The location of field `key`'s value, or the entity's location when it was not written.
    public subscript(key: String) -> SourceLocation {
        fields.first { $0.key == key }?.location ?? entity
    }

    public func has(_ key: String) -> Bool { fields.contains { $0.key == key } }

    /// Records where `key`'s value was written; like a dictionary's, a later write replaces an earlier one.
    public mutating func set(_ key: String, at location: SourceLocation) {
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index].location = location
        } else {
            fields.append((key, location))
        }
    }

    /// Makes room for `count` more fields at once, so recording them does not grow the list step by step.
    mutating func reserveCapacity(adding count: Int) {
        fields.reserveCapacity(fields.count + count)
    }
}

extension Provenance: Hashable {
    public static func == (a: Provenance, b: Provenance) -> Bool {
        a.entity == b.entity && a.fields.elementsEqual(b.fields) { $0.key == $1.key && $0.location == $1.location }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entity)
        hasher.combine(fields.count)
        for field in fields {
            hasher.combine(field.key)
            hasher.combine(field.location)
        }
    }
}

/// A value with the place it was written, for list items and map keys.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// `x-` keys of one mapping, in source order, passed through untouched.
public typealias Extensions = [YAMLNode.Pair]
