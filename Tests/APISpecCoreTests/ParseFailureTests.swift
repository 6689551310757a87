import Testing
@testable import APISpecCore

/// A parse that stops is said as what stopped it: a syntax error at its place, or, when the
/// parser ran out of memory, the input's size, never "YAML syntax error: out of memory".
@Suite struct ParseFailureTests {
    let at = SourceLocation(file: "api.yaml", line: 3, column: 7)

    @Test func runningOutOfMemoryIsNoSyntaxError() {
        let failure = ParseFailure(outOfMemory: true, problem: "out of memory", context: nil, location: at)
        #expect(failure.diagnostic.id == "input-too-large")
        #expect(failure.diagnostic.message == "the spec could not be parsed: out of memory")
        #expect(failure.diagnostic.location == at)
        let huge = ParseFailure(outOfMemory: true, problem: "a value of 4 GiB or more", context: nil, location: at)
        #expect(huge.diagnostic.message == "the spec could not be parsed: a value of 4 GiB or more")
    }

    @Test func aSyntaxErrorSaysWhatAndWhere() {
        let failure = ParseFailure(
            outOfMemory: false, problem: "found character that cannot start any token", context: "while scanning for the next token", location: at)
        #expect(failure.diagnostic.id == "yaml-syntax")
        #expect(failure.diagnostic.message == "YAML syntax error: found character that cannot start any token while scanning for the next token")
        #expect(failure.diagnostic.hint?.contains("spaces, not tabs") == true)
    }

    /// Through the loader: a tab where YAML wants spaces stops the parse with a syntax error.
    @Test func theLoaderReportsASyntaxErrorAtItsPlace() {
        let result = Frontend.load(Array("name: a\n\tb: c\n".utf8), path: "api.yaml")
        let syntax = result.diagnostics.filter { $0.id == "yaml-syntax" }
        #expect(syntax.count == 1)
        #expect(syntax.first?.location.line == 2)
    }
}
