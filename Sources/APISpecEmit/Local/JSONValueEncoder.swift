import OrderedCollections

/// Encodes an `Encodable` value into a `JSONValue`, keeping object members in the order the
/// value encodes them (declaration order for synthesized conformances), so Codable types
/// can be written through the project's deterministic `JSONWriter`.
enum JSONValueEncoder {
    static func encode(_ value: some Encodable) throws -> JSONValue {
        let root = Slot()
        try value.encode(to: SlotEncoder(slot: root, codingPath: []))
        return root.resolved
    }
}

/// One place in the document being built; containers fill it in as they are used.
private final class Slot {
    enum Content {
        case empty
        case value(JSONValue)
        case object(OrderedDictionary<String, Slot>)
        case array([Slot])
    }

    var content = Content.empty

    var resolved: JSONValue {
        switch content {
        case .empty: return .object([:])
        case .value(let value): return value
        case .object(let members): return .object(members.mapValues(\.resolved))
        case .array(let items): return .array(items.map(\.resolved))
        }
    }

    func member(_ key: String) -> Slot {
        var members: OrderedDictionary<String, Slot> = [:]
        if case .object(let existing) = content { members = existing }
        // Let go of `content`'s reference first, so the insert below changes `members` in
        // place instead of copying it: copying made 100,000 routes take minutes.
        content = .empty
        let slot = Slot()
        members[key] = slot
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

private struct SlotEncoder: Encoder {
    let slot: Slot
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = slot.content {} else { slot.content = .object([:]) }
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = slot.content {} else { slot.content = .array([]) }
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

/// Scalars become JSON values directly; anything else encodes itself into the slot.
private func store(_ value: some Encodable, in slot: Slot, codingPath: [any CodingKey]) throws {
    switch value {
    case let string as String: slot.content = .value(.string(string))
    case let bool as Bool: slot.content = .value(.bool(bool))
    case let int as Int: slot.content = .value(.int(int))
    case let double as Double: slot.content = .value(.double(double))
    default: try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        slot.member(key.stringValue).content = .value(.null)
    }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try store(value, in: slot.member(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey]

    var count: Int {
        if case .array(let items) = slot.content { return items.count }
        return 0
    }

    mutating func encodeNil() throws { slot.appendItem().content = .value(.null) }

    mutating func encode(_ value: some Encodable) throws {
        try store(value, in: slot.appendItem(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.appendItem(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.appendItem(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.appendItem(), codingPath: codingPath)
    }
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .value(.null) }

    mutating func encode(_ value: some Encodable) throws {
        try store(value, in: slot, codingPath: codingPath)
    }
}
