import Testing

@testable import APISpecEmit

/// `HashedText` keys are equal as their strings are, and equal keys hash alike, whichever
/// way the string's bytes are written.
struct HashedTextTests {
    @Test(arguments: [
        ("getPetsPetId", "getPetsPetId"),
        ("/caf\u{E9}", "/cafe\u{301}"),
        ("/K", "/\u{212A}"),
        ("/a;b", "/a\u{37E}b"),
        ("/a`b", "/a\u{1FEF}b"),
        // Past eight bytes: in a whole word, and among the last few.
        ("/items/{id}/K/parts", "/items/{id}/\u{212A}/parts"),
        ("/items/{id}/parts/K", "/items/{id}/parts/\u{212A}"),
        ("/items/{id}/parts/caf\u{E9}", "/items/{id}/parts/cafe\u{301}"),
    ])
    func equalStringsAreOneKey(_ a: String, _ b: String) {
        #expect(HashedText(a) == HashedText(b))
        #expect(HashedText(a).hashValue == HashedText(b).hashValue)
        #expect(Set([HashedText(a), HashedText(b)]).count == 1)
    }

    @Test func differentStringsAreDifferentKeys() {
        let texts = ["/a", "/b", "/a/b", "/ab", "/a;b", "/caf\u{E9}", "/cafe", "getAB", "getAB2"]
        #expect(Set(texts.map(HashedText.init)).count == texts.count)
    }
}
