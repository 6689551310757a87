/// Where each field of a model value was written: spec key name -> location of its value.
/// A value inherited from `defaults` records the location inside `defaults`, so a
/// diagnostic about it points there.
public struct Provenance: Sendable, Hashable {
    /// Where the entity itself was written (its key in the enclosing mapping).
    public var entity: SourceLocation
    public var fields: [String: SourceLocation] = [:]

    public init(_ entity: SourceLocation) {
        self.entity = entity
    }

    /// The location of field `key`'s value, or the entity's location when it was not written.
    public subscript(key: String) -> SourceLocation {
        fields[key] ?? entity
    }

    public func has(_ key: String) -> Bool { fields[key] != nil }
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
