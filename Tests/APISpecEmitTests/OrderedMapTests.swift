import APISpecRunConfig
import Testing

/// The run config's object type: `emit --local` builds one member per function with it.
@Suite struct OrderedMapTests {
    @Test func membersKeepTheOrderTheyWereAddedIn() {
        var map: OrderedMap<Int> = ["b": 1, "a": 2]
        map["c"] = 3
        map["b"] = 4
        #expect(map.entries.map(\.key) == ["b", "a", "c"])
        #expect(map["b"] == 4 && map["a"] == 2 && map["c"] == 3 && map["d"] == nil)
    }

    @Test func removingAMemberKeepsTheOthersFindable() {
        var map: OrderedMap<Int> = ["a": 1, "b": 2, "c": 3, "d": 4]
        map["b"] = nil
        #expect(map.entries.map(\.key) == ["a", "c", "d"])
        #expect(map["c"] == 3 && map["d"] == 4 && map["b"] == nil)
        map["b"] = 5
        map["c"] = 6
        #expect(map.entries.map(\.key) == ["a", "c", "d", "b"])
        #expect(map["b"] == 5 && map["c"] == 6)
    }

    @Test func equalityIgnoresOrder() {
        let one: OrderedMap<Int> = ["a": 1, "b": 2]
        let other: OrderedMap<Int> = ["b": 2, "a": 1]
        #expect(one == other)
        #expect(one != ["a": 1, "b": 3])
    }
}
