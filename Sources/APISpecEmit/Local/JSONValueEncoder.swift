import OrderedCollections

/// Encodes an `Encodable` value into a `JSONValue`, keeping object members in the order the
/// value encodes them (declaration order for synthesized conformances), so Codable types
/// can be written through the project's deterministic `JSONWriter`.
enum JSONValueEncoder {
    static func encode(_ value: some Encodable) throws -> JSONValue {
        let root = Slot()
        try value.encode(to: SlotEncoder(slot: root, path: nil))
        return root.take()
    }
}

/// One place in the document being built; containers fill it in as they are used.
private final class Slot {
    enum Content {
        case empty
        case value(JSONValue)
        /// Members as written; a key written twice keeps its first place and its last value.
        /// A list, not a dictionary: the keys are hashed once, into the `JSONValue`.
        case object([(key: String, slot: Slot)])
        case array([Slot])
    }

    var content = Content.empty

    /// The value, leaving the slot empty: each part is let go of once it is a `JSONValue`,
    /// so the slots and the document are never both held whole.
    func take() -> JSONValue {
        let taken = content
        content = .empty
        switch taken {
        case .empty: return .object([:])
        case .value(let value): return value
        case .object(let members):
            var object = OrderedDictionary<String, JSONValue>(minimumCapacity: members.count)
            for (key, slot) in members { object[key] = slot.take() }
            return .object(object)
        case .array(let items): return .array(items.map { $0.take() })
        }
    }

    func member(_ key: String) -> Slot {
        var members: [(key: String, slot: Slot)] = []
        if case .object(let existing) = content { members = existing }
        // Let go of `content`'s reference first, so the append below changes `members` in
        // place instead of copying it: copying made 100,000 routes take minutes.
        content = .empty
        let slot = Slot()
        members.append((key, slot))
        content = .object(members)
        return slot
    }

    func appendItem() -> Slot {
        var items: [Slot] = []
        if case .array(let existing) = content { items = existing }
        content = .empty  // as in `member`: append in place, not to a copy
        let slot = Slot()
        items.append(slot)
        content = .array(items)
        return slot
    }
}

/// The keys leading to a container, linked to its parent's: `codingPath` is only read for
/// error messages, and an array per member cost an allocation and a copy of every key above.
private final class CodingPathNode {
    let key: any CodingKey
    let parent: CodingPathNode?

    init(_ key: any CodingKey, under parent: CodingPathNode?) {
        self.key = key
        self.parent = parent
    }

    static func keys(to node: CodingPathNode?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var next = node
        while let node = next {
            keys.append(node.key)
            next = node.parent
        }
        return keys.reversed()
    }
}

private struct SlotEncoder: Encoder {
    let slot: Slot
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { CodingPathNode.keys(to: path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = slot.content {} else { slot.content = .object([]) }
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = slot.content {} else { slot.content = .array([]) }
        return UnkeyedSlotContainer(slot: slot, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, path: path)
    }
}

/// Scalars become JSON values directly; anything else encodes itself into the slot. The
/// containers take `String`, `Bool`, `Int` and `Double` through their own overloads, which
/// synthesized conformances call; only generic values (an `OrderedMap`'s) are cast here.
private func store(_ value: some Encodable, in slot: Slot, path: CodingPathNode?) throws {
    switch value {
    case let string as String: slot.content = .value(.string(string))
    case let bool as Bool: slot.content = .value(.bool(bool))
    case let int as Int: slot.content = .value(.int(int))
    case let double as Double: slot.content = .value(.double(double))
    default: try value.encode(to: SlotEncoder(slot: slot, path: path))
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { CodingPathNode.keys(to: path) }

    mutating func encodeNil(forKey key: Key) throws { slot.member(key.stringValue).content = .value(.null) }
    mutating func encode(_ value: String, forKey key: Key) throws { slot.member(key.stringValue).content = .value(.string(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { slot.member(key.stringValue).content = .value(.bool(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { slot.member(key.stringValue).content = .value(.int(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { slot.member(key.stringValue).content = .value(.double(value)) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try store(value, in: slot.member(key.stringValue), path: CodingPathNode(key, under: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.member(key.stringValue), path: CodingPathNode(key, under: path)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.member(key.stringValue), path: CodingPathNode(key, under: path)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.member("super"), path: path)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: slot.member(key.stringValue), path: CodingPathNode(key, under: path))
    }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: Slot
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { CodingPathNode.keys(to: path) }

    var count: Int {
        if case .array(let items) = slot.content { return items.count }
        return 0
    }

    mutating func encodeNil() throws { slot.appendItem().content = .value(.null) }
    mutating func encode(_ value: String) throws { slot.appendItem().content = .value(.string(value)) }
    mutating func encode(_ value: Bool) throws { slot.appendItem().content = .value(.bool(value)) }
    mutating func encode(_ value: Int) throws { slot.appendItem().content = .value(.int(value)) }
    mutating func encode(_ value: Double) throws { slot.appendItem().content = .value(.double(value)) }

    mutating func encode(_ value: some Encodable) throws {
        try store(value, in: slot.appendItem(), path: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.appendItem(), path: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.appendItem(), path: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.appendItem(), path: path)
    }
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: Slot
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { CodingPathNode.keys(to: path) }

    mutating func encodeNil() throws { slot.content = .value(.null) }
    mutating func encode(_ value: String) throws { slot.content = .value(.string(value)) }
    mutating func encode(_ value: Bool) throws { slot.content = .value(.bool(value)) }
    mutating func encode(_ value: Int) throws { slot.content = .value(.int(value)) }
    mutating func encode(_ value: Double) throws { slot.content = .value(.double(value)) }

    mutating func encode(_ value: some Encodable) throws {
        try store(value, in: slot, path: path)
    }
}
