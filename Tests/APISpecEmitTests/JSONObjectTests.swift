import OrderedCollections
import Testing

@testable import APISpecEmit

/// A JSON object keeps its members in order, finds them by key whether it scans them (a few)
/// or indexes them (many), and treats a repeated key as an ordered dictionary does.
@Suite struct JSONObjectTests {
    @Test(arguments: [3, JSONObject.scannedCount, JSONObject.scannedCount + 1, 40])
    func membersAreFoundAddedReplacedAndRemovedInOrder(count: Int) {
        var object = JSONObject((0..<count).map { ("k\($0)", JSONValue.int($0)) })
        #expect(object.count == count && object["k\(count - 1)"] == .int(count - 1) && object["k\(count)"] == nil)
        object["k1"] = "one"
        object["new"] = true
        #expect(object.keys == (0..<count).map { "k\($0)" } + ["new"] && object["k1"] == "one" && object["new"] == true)
        object["k0"] = nil
        object["absent"] = nil
        #expect(object.keys == (1..<count).map { "k\($0)" } + ["new"])
        #expect(object["k0"] == nil && object["new"] == true && object["k\(count - 1)"] == .int(count - 1))
        let reference = OrderedDictionary(uniqueKeysWithValues: object.map { ($0.key, $0.value) })
        #expect(JSONObject(reference) == object && JSONObject(reference).hashValue == object.hashValue)
    }

    @Test(arguments: [4, 40]) func aRepeatedKeyKeepsItsFirstPlaceAndItsLastValue(count: Int) {
        let object = JSONObject((0..<count).map { ("k\($0 % 3)", JSONValue.int($0)) })
        #expect(object.keys == ["k0", "k1", "k2"])
        #expect(object["k0"] == .int((count - 1) / 3 * 3) && object["k1"] == .int((count - 2) / 3 * 3 + 1))
    }

    @Test func mergingKeepsOrderAndCombinesSharedKeys() {
        let own: JSONObject = ["a": 1, "b": 2]
        let merged = own.merging(["b": 20, "c": 30]) { first, _ in first }
        #expect(merged.keys == ["a", "b", "c"] && merged["b"] == 2 && merged["c"] == 30)
        var overridden = own
        overridden.merge(["b": 20]) { _, override in override }
        #expect(overridden["b"] == 20 && overridden.keys == ["a", "b"])
    }

    @Test func orderMattersToEquality() {
        let ab: JSONObject = ["a": 1, "b": 2]
        #expect(ab != ["b": 2, "a": 1])
        #expect(ab == ["a": 1, "b": 2] && ab != ["a": 1, "b": 3] && ab != ["a": 1])
    }
}
