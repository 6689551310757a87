import Testing
@testable import APISpecCore

/// The loader's cost grows linearly with the input (docs/performance.md): a mapping as
/// long as a 100,000-route spec's `routes` loads in well under the limit, which a
/// quadratic duplicate-key check or child copy (hours at this size) would blow.
@Suite struct YAMLLoaderScaleTests {
    static let keys = 100_000

    @Test(.timeLimit(.minutes(1)))
    func aHundredThousandKeysLoadInOrderWithTheirDuplicatesFound() throws {
        var lines = (1...Self.keys).map { "GET /items\($0): {function: f\($0 % 10)}" }
        lines.append("GET /items7: {function: late}")
        let result = YAMLLoader().load(Array(lines.joined(separator: "\n").utf8), path: "t.yaml")
        let pairs = try #require(result.root?.pairs)
        #expect(pairs.count == Self.keys)
        #expect(pairs.last?.key.scalarText == "GET /items\(Self.keys)")
        let duplicate = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(duplicate.id == "duplicate-key")
        #expect(duplicate.location.line == Self.keys + 1)
        #expect(duplicate.notes.first?.location.line == 7)
        #expect(result.root?["GET /items7"]?["function"]?.scalarText == "f7")
    }

    @Test(.timeLimit(.minutes(1)))
    func aHundredThousandItemsLoadInOrder() throws {
        let text = (1...Self.keys).map { "- item\($0)" }.joined(separator: "\n")
        let items = try #require(YAMLLoader().load(Array(text.utf8), path: "t.yaml").root?.items)
        #expect(items.count == Self.keys)
        #expect(items.last?.scalarText == "item\(Self.keys)")
    }
}
