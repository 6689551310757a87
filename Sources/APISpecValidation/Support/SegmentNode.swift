import APISpecCore

/// A node of a tree of route path segments (a REST resource, or the shape of one), known by its
/// parent's number and its segment: a key for the table that numbers the nodes. Hashed by the
/// segment's bytes (`TextHash`) once, when made: a `String`'s SipHash, for each lookup and
/// again whenever the table grew, was most of what the resource rules cost.
struct SegmentNode: Hashable {
    let parent: Int
    let segment: RoutePath.Segment
    private let hash: Int

    init(parent: Int, segment: RoutePath.Segment) {
        self.parent = parent
        self.segment = segment
        hash = TextHash.combine(Self.hash(of: segment), parent)
    }

    static func == (a: SegmentNode, b: SegmentNode) -> Bool {
        a.hash == b.hash && a.parent == b.parent && a.segment == b.segment
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// What a dictionary places the node by: its hash, with the table's seed, as it is (through
    /// `hash(into:)`, `Hasher` would mix the mixed word again).
    func _rawHashValue(seed: Int) -> Int { hash ^ seed }

    /// Equal for equal segments: of the same case and equal texts.
    private static func hash(of segment: RoutePath.Segment) -> Int {
        switch segment {
        case .literal(let text): TextHash.of(text)
        case .parameter(let name): TextHash.combine(TextHash.of(name), 1)
        case .greedy(let name): TextHash.combine(TextHash.of(name), 2)
        }
    }
}
