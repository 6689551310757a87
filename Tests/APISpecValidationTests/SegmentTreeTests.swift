import APISpecCore
import Testing

@testable import APISpecValidation

/// A tree of path segments numbers each node once, in the order they are added, whether its
/// parent has one child (compared in place) or more (looked up in the table).
@Suite struct SegmentTreeTests {
    @Test func eachChildIsNumberedOnceInOrder() {
        var tree = SegmentTree(capacity: 2)
        let a = tree.child(of: 0, .literal("a"))
        let id = tree.child(of: a, .parameter("id"))
        #expect([a, id] == [1, 2])
        #expect(tree.child(of: 0, .literal("a")) == a)
        #expect(tree.child(of: a, .parameter("id")) == id)
        // A second child of each: the first is then found in the table.
        let b = tree.child(of: 0, .literal("b"))
        let name = tree.child(of: a, .parameter("name"))
        let greedy = tree.child(of: a, .greedy("id"))
        #expect([b, name, greedy] == [3, 4, 5])
        #expect([tree.child(of: 0, .literal("a")), tree.child(of: 0, .literal("b"))] == [a, b])
        #expect([tree.child(of: a, .parameter("id")), tree.child(of: a, .parameter("name")), tree.child(of: a, .greedy("id"))]
            == [id, name, greedy])
        // The same segment under other parents is other nodes.
        #expect(tree.child(of: b, .literal("a")) == 6)
        #expect(tree.child(of: id, .literal("a")) == 7)
        #expect(tree.count == 7)
    }

    /// Segments are equal as their texts are, as in the table: Unicode-equivalent ones too.
    @Test func equivalentSegmentsAreOneChild() {
        var tree = SegmentTree(capacity: 0)
        let kelvin = tree.child(of: 0, .literal("\u{212A}"))
        #expect(tree.child(of: 0, .literal("K")) == kelvin)
        let other = tree.child(of: 0, .literal("x"))
        #expect(tree.child(of: 0, .literal("K")) == kelvin && tree.child(of: 0, .literal("\u{212A}")) == kelvin)
        #expect(other == 2 && tree.count == 2)
    }
}
