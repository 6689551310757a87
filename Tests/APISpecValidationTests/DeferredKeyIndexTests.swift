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
            guard let spec = Frontend.load(bytes, path: "spec.yaml").spec,
                  let root = YAMLLoader().load(bytes, path: "spec.yaml").root
            else { continue }
            let whole = KeyIndex(root)
            for path in Self.keyPaths(root) {
                #expect(spec.keyLocation(path) == whole.location(path), "\(path) in\n\(text)")
                // And a key that is not there is not found either way.
                #expect(spec.keyLocation(path + ["not-a-key"]) == nil)
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }

    /// Every path from the root to a mapping key, depth first.
    static func keyPaths(_ node: YAMLNode, under prefix: [String] = []) -> [[String]] {
        (node.pairs ?? []).flatMap { pair -> [[String]] in
            guard let name = pair.key.scalarText else { return [] }
            return [prefix + [name]] + keyPaths(pair.value, under: prefix + [name])
        }
    }
}
