import APISpecCore

/// A tree of route path segments (REST resources, or their shapes), its nodes numbered as they
/// are added: the root 0, then 1, 2, ... A node's child is known by its segment, as in a table
/// keyed by `SegmentNode`, but only the children of nodes with more than one are in the table:
/// most resources have one child or none (`/pets/{id}` under `/pets`), whose lookup is then a
/// comparison with it, where a probe into a table of every node missed the caches at 100,000
/// routes.
struct SegmentTree {
    /// A node's children, as far as they are known without the table.
    private enum Children {
        case none
        case one(RoutePath.Segment, node: Int)
        /// In `children`.
        case many
    }

    /// By node number.
    private var nodes: [Children] = [.none]
    private var children: [SegmentNode: Int] = [:]

    /// Made for `capacity` nodes, to be added without growing the list of them.
    init(capacity: Int) {
        nodes.reserveCapacity(capacity + 1)
    }

    /// The nodes but the root.
    var count: Int { nodes.count - 1 }

    /// The number of `parent`'s child with `segment`, added (the next number) if new.
    mutating func child(of parent: Int, _ segment: RoutePath.Segment) -> Int {
        switch nodes[parent] {
        case .none:
            let node = add()
            nodes[parent] = .one(segment, node: node)
            return node
        case .one(let only, let onlyNode):
            if only == segment { return onlyNode }
            let node = add()
            children[SegmentNode(parent: parent, segment: only)] = onlyNode
            children[SegmentNode(parent: parent, segment: segment)] = node
            nodes[parent] = .many
            return node
        case .many:
            // Found or added in one lookup: 0, the root's, is no child's number.
            let next = nodes.count
            let node = Self.number(&children[SegmentNode(parent: parent, segment: segment), default: 0], next)
            if node == next { _ = add() }
            return node
        }
    }

    private mutating func add() -> Int {
        nodes.append(.none)
        return nodes.count - 1
    }

    /// A node's number, `next` when it has none yet.
    private static func number(_ number: inout Int, _ next: Int) -> Int {
        if number == 0 { number = next }
        return number
    }
}
