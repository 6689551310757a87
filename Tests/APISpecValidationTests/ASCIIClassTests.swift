import Testing

@testable import APISpecValidation

@Suite struct ASCIIClassTests {
    @Test func membersAreExactlyTheListedBytes() {
        let dashOrUnderscore: ASCIIClass = "_-"
        let members = (0...255).map(UInt8.init).filter(dashOrUnderscore.contains)
        #expect(members == [UInt8(ascii: "-"), UInt8(ascii: "_")])
        #expect((0...255).map(UInt8.init).filter(ASCIIClass.alphanumerics.contains).count == 62)
        // Bytes 63, 64 and 127 sit at the edges of the two halves of the set.
        #expect(("?@\u{7F}" as ASCIIClass).contains(63) && ("?@\u{7F}" as ASCIIClass).contains(64))
        #expect(("?@\u{7F}" as ASCIIClass).contains(127) && !("?@\u{7F}" as ASCIIClass).contains(62))
    }

    @Test(arguments: [
        ("", 0...2, true), ("", 1...2, false), ("ab", 1...2, true), ("abc", 1...2, false), ("a-", 1...2, false),
        ("é", 0...9, false),
    ])
    func aWholeRunOfMembers(_ text: String, _ lengths: ClosedRange<Int>, _ matches: Bool) {
        #expect(text.utf8.matches(.letters, lengths: lengths) == matches)
    }

    @Test(arguments: [
        ("a", true), ("a1", true), ("a12", true), ("a123", false), ("1a", false), ("", false), ("é", false), ("aé", false),
    ])
    func aFirstByteThenARun(_ text: String, _ matches: Bool) {
        #expect(text.utf8.matches(first: .letters, rest: .digits, restLengths: 0...2) == matches)
    }

    @Test(arguments: [
        ("a", true), ("a-b", true), ("ab-cd", false), ("-a", false), ("a-", false), ("-", false), ("", false),
        ("a\u{301}", false),
    ])
    func aLabelWithFixedEdges(_ text: String, _ matches: Bool) {
        #expect(text.utf8.matches(edges: .letters, inner: "-", lengths: 1...4) == matches)
    }

    @Test func aPrefixIsDroppedOnlyWhenPresent() {
        #expect("role/admin".utf8.dropping(prefix: "role/").map { String(Substring($0)) } == "admin")
        #expect("rolex".utf8.dropping(prefix: "role/") == nil)
        #expect("".utf8.dropping(prefix: "") != nil)
    }
}
