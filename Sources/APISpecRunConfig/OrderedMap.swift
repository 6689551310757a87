/// A JSON object whose members keep the order they were added in when written, so the
/// emitted run config follows the spec's order. Decoding sorts the keys: JSON decoders
/// do not report document order, and nothing in the gateway depends on it.
///
/// `Value` has no requirements of its own, only the conformances do: the runtime then makes
/// `OrderedMap<String>` without searching the binary's conformance records for `String: Decodable`
/// the first time (0.6 M instructions of an `emit --local` run).
public struct OrderedMap<Value>: ExpressibleByDictionaryLiteral {
    public struct Entry {
        public var key: String
        public var value: Value
    }

    public private(set) var entries: [Entry] = []
    /// The entries' keys, searched while the map has at most `searchedCount` members: small
    /// maps such as every function's environment need no table, whose memory was a third of
    /// a run config's. A list of `String`s because code generic over `Value` compares slowly.
    private var keys: [String] = []
    /// Each key's place in `entries` once the map is larger: setting a member is then O(1), so a
    /// map of a hundred thousand members (one per function) is built in linear time, not quadratic.
    private var positions: [String: Int] = [:]
    private static var searchedCount: Int { 16 }

    public init() {}

    public init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { self[key] = value }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Makes room for `count` members at once, so adding them does not grow the lists step by step.
    public mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        keys.reserveCapacity(count)
    }

    public subscript(key: String) -> Value? {
        get { position(of: key).map { entries[$0].value } }
        set {
            switch (position(of: key), newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil):
                entries.remove(at: index)
                keys.remove(at: index)
                guard entries.count > Self.searchedCount else { return positions = [:] }
                positions[key] = nil
                for later in index..<entries.count { positions[keys[later]] = later }
            case (nil, let value?):
                entries.append(Entry(key: key, value: value))
                keys.append(key)
                if entries.count == Self.searchedCount + 1 {
                    for (index, key) in keys.enumerated() { positions[key] = index }
                } else if entries.count > Self.searchedCount {
                    positions[key] = entries.count - 1
                }
            case (nil, nil): break
            }
        }
    }

    private func position(of key: String) -> Int? {
        entries.count > Self.searchedCount ? positions[key] : keys.firstIndex(of: key)
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

extension OrderedMap: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberKey.self)
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
            self[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
    }

}

private struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
