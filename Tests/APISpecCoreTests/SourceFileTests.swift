import Testing

@testable import APISpecCore

@Suite struct SourceFileTests {
    static func file(_ text: String) -> SourceFile { SourceFile(path: "s.yaml", bytes: Array(text.utf8)) }

    @Test func quotesEachLineWithoutItsBreak() {
        let source = Self.file("a: 1\nnamé: →x\n\nlast")
        #expect(source.line(1) == "a: 1")
        #expect(source.line(2) == "namé: →x")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "last")
    }

    @Test func linesPastEitherEndAreNil() {
        let source = Self.file("a: 1\nb: 2\n")
        #expect(source.line(0) == nil)
        #expect(source.line(3) == "")
        #expect(source.line(4) == nil)
        #expect(Self.file("").line(1) == nil)
    }

    @Test func aQuotedLineStopsAtACarriageReturn() {
        #expect(Self.file("a: 1\r\nb: 2").line(1) == "a: 1")
        #expect(Self.file("x\na: 1\rb: 2").line(2) == "a: 1")
    }
}
