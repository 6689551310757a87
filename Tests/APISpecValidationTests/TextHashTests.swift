import APISpecCore
import Testing

@testable import APISpecValidation

/// The rules' own hash of strings and of path segments: equal wherever the values are equal,
/// Unicode equivalence included, and apart for the usual different ones.
@Suite struct TextHashTests {
    /// Pairs of equal strings, some only up to Unicode equivalence (the Kelvin sign is `K`, the
    /// Greek question mark `;`, the Greek varia `` ` ``), some longer than a word.
    @Test(arguments: [
        ("K", "\u{212A}"), ("a;b", "a\u{037E}b"), ("`x", "\u{1FEF}x"), ("caf\u{E9}", "cafe\u{301}"),
        ("items-with-a-rather-long-name", "items-with-a-rather-long-name"), ("", ""),
    ])
    func equalStringsHashAlike(_ a: String, _ b: String) {
        #expect(a == b)
        #expect(TextHash.of(a) == TextHash.of(b))
    }

    @Test func differentStringsHashApart() {
        let texts = ["", "a", "b", "items1", "items2", "items10", "parts", "{id}", "id", "a\0", "abcdefgh", "abcdefghi"]
        #expect(Set(texts.map(TextHash.of)).count == texts.count)
    }

    /// Only plain ASCII (none of `K`, `;`, `` ` ``, nothing past ASCII) is hashed by its bytes.
    @Test func onlyPlainASCIIIsHashedByItsBytes() {
        func plain(_ text: String) -> Bool { text.withUTF8Bytes(TextHash.ofPlainASCII) != nil }
        #expect(plain("items-1/{id}"))
        #expect(!plain("Kx"))
        #expect(!plain("a;"))
        #expect(!plain("longer-than-a-word`"))
        #expect(!plain("caf\u{E9}"))
    }

    @Test func segmentNodesAreEqualAsTheirParentsAndSegmentsAre() {
        let nodes: [(Int, RoutePath.Segment)] = [
            (0, .literal("id")), (0, .parameter("id")), (0, .greedy("id")), (1, .literal("id")), (0, .literal("ids")),
        ]
        for (index, node) in nodes.enumerated() {
            for (other, otherNode) in nodes.enumerated() {
                let a = SegmentNode(parent: node.0, segment: node.1)
                let b = SegmentNode(parent: otherNode.0, segment: otherNode.1)
                #expect((a == b) == (index == other))
            }
        }
        #expect(SegmentNode(parent: 3, segment: .literal("K")) == SegmentNode(parent: 3, segment: .literal("\u{212A}")))
        #expect(Set(nodes.map { SegmentNode(parent: $0.0, segment: $0.1) }).count == nodes.count)
    }
}
