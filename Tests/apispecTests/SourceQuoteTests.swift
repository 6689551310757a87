import Testing

/// A spec file's lines are read again from disk to be quoted; stdin's are kept in memory.
@Suite struct SourceQuoteTests {
    static let broken = "apispec: 1\nname: x\nroutes: {}\nbogus: 1\n"

    @Test func stdinQuotesItsLine() throws {
        let result = try CLI().run("validate", "-", stdin: Self.broken)
        #expect(result.stderr.contains("<stdin>:4:1: error: unknown key `bogus`"))
        #expect(result.stderr.contains(" 4 | bogus: 1\n   | ^"))
    }

    @Test func eachFileQuotesItsOwnLines() throws {
        let cli = try CLI()
        try cli.write("a.yaml", Self.broken)
        try cli.write("b.yaml", "apispec: 1\nname: y\nroutes: {}\n\nother: 2\n")
        let result = try cli.run("validate", "a.yaml", "b.yaml")
        #expect(result.stderr.contains("a.yaml:4:1: error: unknown key `bogus`"))
        #expect(result.stderr.contains(" 4 | bogus: 1\n   | ^"))
        #expect(result.stderr.contains("b.yaml:5:1: error: unknown key `other`"))
        #expect(result.stderr.contains(" 5 | other: 2\n   | ^"))
    }

    /// A note quotes its own line too, read with the diagnostic's from the same file.
    @Test func aNoteQuotesItsLine() throws {
        let cli = try CLI()
        try cli.write("a.yaml", "apispec: 1\nname: x\nroutes: {}\nname: y\n")
        let result = try cli.run("validate", "a.yaml")
        #expect(result.stderr.contains("a.yaml:4:1: error: duplicate key `name`"))
        #expect(result.stderr.contains(" 4 | name: y\n   | ^"))
        #expect(result.stderr.contains("a.yaml:2:1: note: `name` first appears here\n 2 | name: x\n   | ^"))
    }
}
