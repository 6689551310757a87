import Testing

@testable import APISpecValidation

@Suite struct RepeatsTests {
    @Test func eachRepeatPointsAtTheFirstItemOfItsKeyInItemOrder() {
        let keys = ["b", "a", "b", "c", "a", "b"]
        let found = Repeats.find(count: keys.count) { keys[$0] }
        #expect(found.map(\.index) == [2, 4, 5])
        #expect(found.map(\.first) == [0, 1, 0])
    }

    @Test func distinctKeysRepeatNothing() {
        #expect(Repeats.find(count: 1_000) { "key \($0)" }.isEmpty)
        #expect(Repeats.find(count: 0) { "key \($0)" }.isEmpty)
    }

    /// Many keys, each repeated: every repeat is found, in item order, with its key's first item.
    @Test func manyRepeatsEachPointAtTheirFirstItem() {
        let found = Repeats.find(count: 10_000) { "key \($0 % 997)" }
        #expect(found.map(\.index) == Array(997..<10_000))
        #expect(found.allSatisfy { $0.first == $0.index % 997 })
    }

    /// Every key hashes alike, so all items share one run of equal hashes: only equal keys
    /// may be joined there.
    struct Colliding: Hashable {
        var name: String
        static func == (a: Colliding, b: Colliding) -> Bool { a.name == b.name }
        func hash(into hasher: inout Hasher) {}
    }

    @Test func keysWhoseHashesAgreeAreStillCompared() {
        let names = ["x", "y", "x", "z", "y", "w"]
        let found = Repeats.find(count: names.count) { Colliding(name: names[$0]) }
        #expect(found.map(\.index) == [2, 4])
        #expect(found.map(\.first) == [0, 1])
    }
}
