/// Where every mapping key of the spec was written, by its path from the root
/// (`["routes", "GET /pets", "mock"]`): rules that point at a key find it in logarithmic
/// time instead of walking the tree, which keeps validation linear in the spec's size.
///
/// One flat list, each mapping's keys side by side and sorted by name, searched by
/// halves: a spec has a few keys per route, and a hash table of them took twice the
/// memory of the list (more just past one of its doublings). A tree is one file's, so
/// the file is kept once, not with every key.
public final class KeyIndex: Sendable {
    private struct Key {
        var name: String
        var line: UInt32
        var column: UInt32
        /// The keys of the mapping under this key, if its value is one: `keys[start..<end]`.
        var start: UInt32 = 0
        var end: UInt32 = 0
    }

    private let file: FileName
    private let keys: [Key]
    private let rootEnd: Int

    public init(_ root: YAMLNode) {
        var keys: [Key] = []
        keys.reserveCapacity(Self.count(root))
        file = root.location.name
        rootEnd = Int(Self.collect(root.pairs ?? [], into: &keys).end)
        self.keys = keys
    }

    public func location(_ path: [String]) -> SourceLocation? {
        var range = 0..<rootEnd
        var location: SourceLocation?
        for name in path {
            guard let index = find(name, in: range) else { return nil }
            location = SourceLocation(file: file, line: Int(keys[index].line), column: Int(keys[index].column))
            range = Int(keys[index].start)..<Int(keys[index].end)
        }
        return location
    }

    private func find(_ name: String, in range: Range<Int>) -> Int? {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if keys[middle].name < name { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && keys[low].name == name ? low : nil
    }

    /// Appends the keys of `pairs` (one mapping, or the mappings under a repeated key)
    /// sorted by name, then what lies under each. Like a lookup by hand, the last of
    /// duplicate keys wins; what lies under either stays reachable.
    private static func collect(_ pairs: [YAMLNode.Pair], into keys: inout [Key]) -> (start: UInt32, end: UInt32) {
        // By name, then by position: a repeated key's pairs end up side by side, the last one last.
        let named = pairs.indices.compactMap { index in pairs[index].key.scalarText.map { (name: $0, index: index) } }
            .sorted { ($0.name, $0.index) < ($1.name, $1.index) }
        var groups: [Range<Int>] = []
        var first = 0
        while first < named.count {
            var end = first + 1
            while end < named.count, named[end].name == named[first].name { end += 1 }
            groups.append(first..<end)
            first = end
        }
        let start = keys.count
        for group in groups {
            let location = pairs[named[group.upperBound - 1].index].key.location
            keys.append(Key(name: named[group.lowerBound].name, line: UInt32(location.line), column: UInt32(location.column)))
        }
        for (offset, group) in groups.enumerated() {
            let mappings = named[group].compactMap { pairs[$0.index].value.pairs }
            guard !mappings.isEmpty else { continue }
            let range = collect(mappings.count == 1 ? mappings[0] : Array(mappings.joined()), into: &keys)
            keys[start + offset].start = range.start
            keys[start + offset].end = range.end
        }
        return (UInt32(start), UInt32(start + groups.count))
    }

    /// How many keys `node` holds at any depth (repeated ones included): what `collect` appends at most.
    private static func count(_ node: YAMLNode) -> Int {
        guard let pairs = node.pairs else { return 0 }
        return pairs.reduce(pairs.count) { $0 + count($1.value) }
    }
}
