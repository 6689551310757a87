import Testing

@testable import APISpecValidation

/// A check of a name runs once while the name stays among the last few checked, and again
/// once it has dropped out; what it found is given for each name as checked.
@Suite struct RecentNamesTests {
    @Test func aNameAmongTheRecentOnesIsNotCheckedAgain() {
        var memo = RecentNames<Int>()
        var checked: [String] = []
        let names = ["TABLE", "REGION", "TABLE", "REGION", "TABLE"]
        let found = names.map { name in memo.value(for: name) { checked.append($0); return $0.count } }
        #expect(checked == ["TABLE", "REGION"])
        #expect(found == [5, 6, 5, 6, 5])
    }

    @Test func theOldestNameDropsOutFirst() {
        var memo = RecentNames<Bool>()
        var checked: [String] = []
        let names = (0..<9).map { "N\($0)" } + ["N0", "N8", "N1"]
        for name in names { _ = memo.value(for: name) { checked.append($0); return true } }
        // Nine names fill the eight places, the ninth replacing `N0`: `N0` is checked again, in
        // place of `N1`, which is checked again next; `N8` stays.
        #expect(checked == (0..<9).map { "N\($0)" } + ["N0", "N1"])
    }
}
