/// A JSON object whose members keep the order they were added in when encoded, so the
/// emitted run config follows the spec's order. Decoding sorts the keys: JSON decoders
/// do not report document order, and nothing in the gateway depends on it.
///
/// `Value` has no requirements of its own, only the conformances do: the runtime then makes
/// `OrderedMap<String>` without searching the binary's conformance records for `String: Codable`
/// the first time (0.6 M instructions of an `emit --local` run).
public struct OrderedMap<Value>: ExpressibleByDictionaryLiteral {
    public struct Entry {
        public var key: String
        public var value: Value
    }

    public private(set) var entries: [Entry] = []
    /// Each key's place in `entries`: setting a member is O(1), so a map of a hundred
    /// thousand members (one per function) is built in linear time, not quadratic.
    private var positions: [String: Int] = [:]

    public init() {}

    public init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { self[key] = value }
    }

    public var isEmpty: Bool { entries.isEmpty }

    public subscript(key: String) -> Value? {
        get { positions[key].map { entries[$0].value } }
        set {
            switch (positions[key], newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil):
                entries.remove(at: index)
                positions[key] = nil
                for later in index..<entries.count { positions[entries[later].key] = later }
            case (nil, let value?):
                positions[key] = entries.count
                entries.append(Entry(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

}

extension OrderedMap: Sendable where Value: Sendable {}
extension OrderedMap.Entry: Sendable where Value: Sendable {}
extension OrderedMap.Entry: Equatable where Value: Equatable {}

extension OrderedMap: Equatable where Value: Equatable {
    /// Same members, whatever their order: order is presentation, not meaning.
    public static func == (a: OrderedMap, b: OrderedMap) -> Bool {
        a.entries.count == b.entries.count && a.entries.allSatisfy { b[$0.key] == $0.value }
    }
}

extension OrderedMap: Codable where Value: Codable {
    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberKey.self)
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
            self[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MemberKey.self)
        for entry in entries {
            try container.encode(entry.value, forKey: MemberKey(stringValue: entry.key))
        }
    }
}
