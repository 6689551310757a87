/// Where every mapping key of the spec was written, by its path from the root
/// (`["routes", "GET /pets", "mock"]`): rules that point at a key find it in O(1)
/// instead of walking the tree, which keeps validation linear in the spec's size.
public final class KeyIndex: Sendable {
    /// A key under the mapping numbered `parent` (the root is 0). Numbering the mappings
    /// spares joining every path into a string of its own.
    private struct Step: Hashable {
        var parent: Int
        var key: String
    }

    private struct Entry {
        var location: SourceLocation
        /// The number of the mapping under this key, if its value is one.
        var mapping: Int
    }

    private let entries: [Step: Entry]

    public init(_ root: YAMLNode) {
        var entries: [Step: Entry] = [:]
        var mappings = 0
        Self.collect(root, parent: 0, into: &entries, mappings: &mappings)
        self.entries = entries
    }

    public func location(_ path: [String]) -> SourceLocation? {
        var parent = 0
        var location: SourceLocation?
        for key in path {
            guard let entry = entries[Step(parent: parent, key: key)] else { return nil }
            location = entry.location
            parent = entry.mapping
        }
        return location
    }

    private static func collect(_ node: YAMLNode, parent: Int, into entries: inout [Step: Entry], mappings: inout Int) {
        guard let pairs = node.pairs else { return }
        for pair in pairs {
            guard let key = pair.key.scalarText else { continue }
            let step = Step(parent: parent, key: key)
            // Like a lookup by hand, the last of duplicate keys wins; what lies under
            // either stays reachable.
            let mapping = entries[step]?.mapping ?? {
                mappings += 1
                return mappings
            }()
            entries[step] = Entry(location: pair.key.location, mapping: mapping)
            collect(pair.value, parent: mapping, into: &entries, mappings: &mappings)
        }
    }
}
