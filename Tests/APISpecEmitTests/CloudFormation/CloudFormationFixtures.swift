import APISpecCore
import Foundation
@testable import APISpecEmit

/// The golden cases: every fixture under `Golden/cloudformation/<case>/spec.yaml` and every
/// spec in the repository's `specs/`, each with its expected template checked in.
enum CloudFormationFixtures {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var spec: URL
        var expected: URL
        var description: String { name }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = packageRoot.appending(path: "Tests/APISpecEmitTests/Golden/cloudformation")
    static let specsDirectory = packageRoot.appending(path: "specs")

    static var all: [Case] { fixtures + specs }

    static var fixtures: [Case] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldenDirectory.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = goldenDirectory.appending(path: name)
            let spec = folder.appending(path: "spec.yaml")
            guard FileManager.default.fileExists(atPath: spec.path) else { return nil }
            return Case(name: name, spec: spec, expected: folder.appending(path: "expected.json"))
        }
    }

    static var specs: [Case] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: specsDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { file in
            let stem = String(file.dropLast(".yaml".count))
            return Case(
                name: "specs/" + stem, spec: specsDirectory.appending(path: file),
                expected: goldenDirectory.appending(path: "specs/\(stem).json"))
        }
    }

    /// The spec through the real pipeline (loader, decoder); nil with the diagnostics when it has errors.
    static func load(_ url: URL) throws -> (spec: Spec?, diagnostics: [Diagnostic]) {
        let bytes = try [UInt8](Data(contentsOf: url))
        return load(bytes, path: url.lastPathComponent)
    }

    static func load(_ bytes: [UInt8], path: String) -> (spec: Spec?, diagnostics: [Diagnostic]) {
        let result = Frontend.load(bytes, path: path)
        return (result.diagnostics.hasErrors ? nil : result.spec, result.diagnostics)
    }

    static func load(yaml: String) throws -> Spec {
        let (spec, diagnostics) = load(Array(yaml.utf8), path: "test.yaml")
        guard let spec else { throw FixtureError(diagnostics: diagnostics) }
        return spec
    }

    struct FixtureError: Error, CustomStringConvertible {
        var diagnostics: [Diagnostic]
        var description: String { diagnostics.map { "\($0.location): \($0.message) [\($0.id)]" }.joined(separator: "\n") }
    }
}
