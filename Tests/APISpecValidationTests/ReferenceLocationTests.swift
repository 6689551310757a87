import Foundation
import APISpecCore
import APISpecTestSupport
import Testing

@testable import APISpecCore
@testable import APISpecValidation

/// `${param:X}` findings point at the `$` when the scalar's text maps one-to-one to
/// the source, and at the scalar's start when it may not (folded lines, escapes).
@Suite struct ReferenceLocationTests {
    static let specs = [
        // Plain scalar, reference after a prefix.
        "name: pets-↓${param:Missing}",
        // Two references in one scalar.
        "name: ↓${param:A}-↓${param:B}",
        // Single-quoted: one column for the quote.
        "name: 'pets-↓${param:Missing}'",
        // Double-quoted with nothing before the reference.
        "name: \"↓${param:Missing}\"",
        // Double-quoted after a prefix: escapes could shift columns, so the scalar's start.
        "name: ↓\"pets-${param:Missing}\"",
        // A plain scalar folded over two lines: the reference follows a folded line break.
        "name: ↓pets\n  ${param:Missing}",
        // A block scalar: its content starts on the next line.
        "name: ↓|\n  ${param:Missing}",
    ]

    @Test(arguments: specs)
    func referencePointsAtTheRightPlace(_ snippet: String) {
        let marked = MarkedText("apispec: 1\nroutes: {}\n" + snippet + "\n")
        var findings: [Diagnostic] = []
        UnknownParameterReference().check(spec(marked.text), &findings)
        let positions = findings.map { MarkedText.Position(line: $0.location.line, column: $0.location.column) }
        #expect(positions == marked.positions)
    }

    /// The loader notes the scalars holding `${` as it reads them; a walk over the tree finds
    /// the same places (an alias only visits its anchor's scalar again), in source order. Every
    /// rule example and every spec in `specs/`.
    @Test func theLoadersReferenceScalarsAreTheTreesOwn() throws {
        let files = try PackagePaths.specFiles().map { try String(contentsOf: $0, encoding: .utf8) }
        let texts = RuleRegistry.all.flatMap(\.examples).map(\.yaml) + files
        var withReferences = 0
        for text in texts {
            let loaded = YAMLLoader().load(Array(text.utf8), path: "spec.yaml")
            guard let root = loaded.root else { continue }
            let walked = Spec.referenceScalars(in: root)
            #expect(Set(loaded.referenceScalars.map(\.location)) == Set(walked.map(\.location)), "\(text)")
            #expect(loaded.referenceScalars.map(\.location) == loaded.referenceScalars.map(\.location).sorted())
            if !walked.isEmpty { withReferences += 1 }
        }
        #expect(withReferences > 10)
    }

    @Test func scanFindsNamespacesAndOffsets() {
        let found = Reference.scan("a${param:X}b${stage:Y}${other:Z}${param:W")
        #expect(found.map(\.0) == [.param, .stage])
        #expect(found.map(\.1) == ["X", "Y"])
        #expect(found.map(\.2) == [1, 12])
    }

    @Test func offsetsCountUnicodeScalars() {
        #expect(Reference.scan("é→${param:X}").map(\.2) == [2])
    }

    /// A spec around the YAML tree only: the rule reads nothing else.
    private func spec(_ yaml: String) -> Spec {
        let loaded = YAMLLoader().load(Array(yaml.utf8), path: "refs.yaml")
        let root = loaded.root ?? YAMLNode(.mapping([]), at: SourceLocation(file: "refs.yaml", line: 1, column: 1))
        return Spec(file: "refs.yaml", root: root, name: "refs", apiProtocol: .http)
    }
}
