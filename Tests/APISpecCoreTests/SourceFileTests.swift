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

    /// libyaml numbers lines across every YAML line break; the quoted line must be the one
    /// its line number means, whatever the file's breaks are.
    @Test(arguments: ["\r\n", "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}"])
    func everyYAMLLineBreakEndsALine(_ lineBreak: String) {
        let source = Self.file(["a: 1", "b: 2", "", "c: é"].joined(separator: lineBreak) + lineBreak)
        #expect(source.line(1) == "a: 1")
        #expect(source.line(2) == "b: 2")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "c: é")
        #expect(source.line(5) == "")
        #expect(source.line(6) == nil)
    }

    /// The lines libyaml reports in a CRLF file are the lines quoted.
    @Test func aDiagnosticInACRLFFileQuotesItsLine() throws {
        let yaml = "apispec: 1\r\nname: pets\r\nroutes:\r\n  GET /pets: {mock: {status: 200}, auth: none, colour: red}\r\n"
        let result = Frontend.load(Array(yaml.utf8), path: "crlf.yaml")
        let unknown = try #require(result.diagnostics.first { $0.id == "unknown-key" })
        #expect(unknown.location.line == 4)
        #expect(result.source.line(unknown.location.line) == "  GET /pets: {mock: {status: 200}, auth: none, colour: red}")
    }
}
