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

    /// Past 16 members a map finds keys through a table, below it by searching: both ways agree
    /// while it grows past that size, shrinks below it and grows again.
    @Test func membersStayFindableAcrossTheSizeWhereTheTableStarts() {
        var map = OrderedMap<Int>()
        var expected: [(String, Int)] = []
        func check() {
            #expect(map.entries.map(\.key) == expected.map(\.0))
            for (key, value) in expected { #expect(map[key] == value) }
            #expect(map["absent"] == nil)
        }
        for number in 0..<20 {
            map["k\(number)"] = number
            expected.append(("k\(number)", number))
            check()
        }
        for number in [3, 0, 19, 7] {
            map["k\(number)"] = nil
            expected.removeAll { $0.0 == "k\(number)" }
            check()
        }
        map["k5"] = 50
        expected[expected.firstIndex { $0.0 == "k5" }!].1 = 50
        map["k3"] = 3
        expected.append(("k3", 3))
        check()
    }

    @Test func equalityIgnoresOrder() {
        let one: OrderedMap<Int> = ["a": 1, "b": 2]
        let other: OrderedMap<Int> = ["b": 2, "a": 1]
        #expect(one == other)
        #expect(one != ["a": 1, "b": 3])
    }
}
