import APISpecCore
import APISpecTestSupport
import Foundation
@testable import APISpecEmit

/// The golden cases: every fixture `Golden/cloudformation/<case>/spec.yaml` (with its reviewed
/// `expected.json` beside it) and every spec in `specs/` (reviewed as
/// `Golden/cloudformation/specs/<name>.json`).
struct CloudFormationCase: CustomStringConvertible, Sendable {
    var name: String
    var spec: URL
    var expected: URL
    var description: String { name }

    static let goldenDirectory = PackagePaths.root.appendingPathComponent("Tests/APISpecEmitTests/Golden/cloudformation")

    static var all: [CloudFormationCase] { fixtures + specs }

    static var fixtures: [CloudFormationCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldenDirectory.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = goldenDirectory.appendingPathComponent(name)
            let spec = folder.appendingPathComponent("spec.yaml")
            guard FileManager.default.fileExists(atPath: spec.path) else { return nil }
            return CloudFormationCase(name: name, spec: spec, expected: folder.appendingPathComponent("expected.json"))
        }
    }

    static var specs: [CloudFormationCase] {
        ((try? PackagePaths.specFiles()) ?? []).map { file in
            let stem = file.deletingPathExtension().lastPathComponent
            return CloudFormationCase(
                name: "specs/" + stem, spec: file,
                expected: goldenDirectory.appendingPathComponent("specs/\(stem).json"))
        }
    }

    /// The spec through the real pipeline (loader, decoder); a case must load without errors.
    func load() throws -> Spec {
        try Self.load(Array(Data(contentsOf: spec)), path: spec.lastPathComponent)
    }

    func emit() throws -> String { try CloudFormationEmitter.emit(load(), stage: nil) }

    static func load(yaml: String) throws -> Spec { try load(Array(yaml.utf8), path: "test.yaml") }

    static func load(_ bytes: [UInt8], path: String) throws -> Spec {
        let result = Frontend.load(bytes, path: path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let spec = result.spec else { throw LoadError(diagnostics: errors) }
        return spec
    }

    struct LoadError: Error, CustomStringConvertible {
        var diagnostics: [Diagnostic]
        var description: String {
            diagnostics.map { "\($0.location): \($0.message) [\($0.id)]" }.joined(separator: "\n")
        }
    }
}
