import APISpecTestSupport
import Testing

@testable import APISpecCore
@testable import APISpecValidation

/// The loader's spec indexes the keys inside routes and functions only when a finding asks
/// (`KeyIndex`, from the file parsed again): every key must be where the whole tree's index
/// puts it, in every example spec and every rule example.
@Suite struct DeferredKeyIndexTests {
    @Test func everyKeyIsWhereTheWholeIndexPutsIt() throws {
        let files = try PackagePaths.specFiles().map { try String(contentsOf: $0, encoding: .utf8) }
        let texts = RuleRegistry.all.flatMap(\.examples).map(\.yaml) + files
        var compared = 0
        for text in texts {
            let bytes = Array(text.utf8)
            // Bytes kept (stdin), and a file read again.
            for quoting in [SourceFile.Quoting.fromMemory, .fromDisk(holding: bytes, chunk: 4096)] {
                guard let spec = Frontend.load(bytes, path: "spec.yaml", quoting: quoting).spec,
                      let root = YAMLLoader().load(bytes, path: "spec.yaml").root
                else { continue }
                let whole = KeyIndex(root)
                for path in Self.keyPaths(root) {
                    #expect(spec.keyLocation(path) == whole.location(path), "\(path) in\n\(text)")
                    // And a key that is not there is not found either way.
                    #expect(spec.keyLocation(path + ["not-a-key"]) == nil)
                    compared += 1
                }
                #expect(!spec.keys.lostTrack)
            }
        }
        #expect(compared > 2_000)
    }

    static let httpMock = "apispec: 1\nname: pets\nroutes:\n  GET /pets: {mock: {status: 200}, auth: none}\n"

    /// A file that changed on disk before a finding looked inside a route: the key is not
    /// found there, and a finding may have been dropped for it, so the run fails and says why.
    @Test func aFileChangedWhileCheckedIsAnError() throws {
        let loaded = Array(Self.httpMock.utf8)
        let same = Validator.check(loaded, path: "pets.yaml", quoting: .fromDisk(holding: loaded))
        #expect(same.diagnostics.map(\.id) == ["mock-integration-requires-rest"])
        #expect(same.diagnostics.first.map { [$0.location.line, $0.location.column] } == [4, 15])

        let edited = Array((Self.httpMock + "# edited\n").utf8)
        let changed = Validator.check(loaded, path: "pets.yaml", quoting: .fromDisk(holding: edited))
        let error = try #require(changed.diagnostics.first { $0.id == "spec-changed" })
        #expect(error.severity == .error)
        #expect(error.location.line == 1)
        #expect(!changed.diagnostics.contains { $0.id == "mock-integration-requires-rest" })
    }

    /// Every path from the root to a mapping key, depth first.
    static func keyPaths(_ node: YAMLNode, under prefix: [String] = []) -> [[String]] {
        (node.pairs ?? []).flatMap { pair -> [[String]] in
            guard let name = pair.key.scalarText else { return [] }
            return [prefix + [name]] + keyPaths(pair.value, under: prefix + [name])
        }
    }
}
