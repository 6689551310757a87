import Testing

@testable import APISpecCore

/// A pass over the routes looks each route's function up through `LastLookup`: it must give
/// what the lookup gives for every name, and look up only when the name changes.
struct LastLookupTests {
    @Test func aNameIsLookedUpOnlyWhenItIsNotTheLastOne() {
        let table = ["a": 1, "b": 2]
        var last = LastLookup<Int?>()
        var lookedUp: [String] = []
        let names = ["a", "a", "b", "a", "a", "c", "c", "b"]
        let found = names.map { name in
            last.value(for: name) { lookedUp.append($0); return table[$0] }
        }
        #expect(found == names.map { table[$0] })
        #expect(lookedUp == ["a", "b", "a", "c", "b"])
    }
}
