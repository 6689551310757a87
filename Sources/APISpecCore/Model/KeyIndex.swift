/// Where every mapping key of the spec was written, by its path from the root
/// (`["routes", "GET /pets", "mock"]`): rules that point at a key find it in O(1)
/// instead of walking the tree, which keeps validation linear in the spec's size.
public final class KeyIndex: Sendable {
    private let locations: [String: SourceLocation]

    public init(_ root: YAMLNode) {
        var locations: [String: SourceLocation] = [:]
        Self.collect(root, prefix: "", into: &locations)
        self.locations = locations
    }

    public func location(_ path: [String]) -> SourceLocation? {
        locations[path.joined(separator: Self.separator)]
    }

    private static let separator = "\u{1F}"

    private static func collect(_ node: YAMLNode, prefix: String, into locations: inout [String: SourceLocation]) {
        guard let pairs = node.pairs else { return }
        for pair in pairs {
            guard let key = pair.key.scalarText else { continue }
            let path = prefix.isEmpty ? key : prefix + separator + key
            // Like a lookup by hand, the last of duplicate keys wins.
            locations[path] = pair.key.location
            collect(pair.value, prefix: path, into: &locations)
        }
    }
}
