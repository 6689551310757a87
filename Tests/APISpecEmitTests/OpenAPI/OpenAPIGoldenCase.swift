import APISpecCore
import APISpecTestSupport
import Foundation
import Testing
@testable import APISpecEmit

/// A golden case: a spec and the reviewed documents emitted from it, `expected.json` (with AWS
/// extensions) and `expected-clean.json` (`--no-aws-extensions`). The cases are this suite's own
/// fixtures, `Golden/openapi/<case>/spec.yaml`, and every REST or HTTP example in `specs/`, whose
/// documents live in `Golden/openapi/specs/<name>/`. `RECORD_SNAPSHOTS=1` rewrites the documents;
/// review the diff before committing.
struct OpenAPIGoldenCase: CustomTestStringConvertible, Sendable {
    let name: String
    let specURL: URL
    let expectedDirectory: URL

    var testDescription: String { name }

    func expectedURL(awsExtensions: Bool) -> URL {
        expectedDirectory.appendingPathComponent(awsExtensions ? "expected.json" : "expected-clean.json")
    }

    static let root = PackagePaths.root.appendingPathComponent("Tests/APISpecEmitTests/Golden/openapi")

    static var all: [OpenAPIGoldenCase] { fixtures + examples }

    static var fixtures: [OpenAPIGoldenCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let directory = root.appendingPathComponent(name)
            let spec = directory.appendingPathComponent("spec.yaml")
            guard FileManager.default.fileExists(atPath: spec.path) else { return nil }
            return OpenAPIGoldenCase(name: name, specURL: spec, expectedDirectory: directory)
        }
    }

    /// The examples in `specs/` that OpenAPI can describe (WebSocket APIs are refused; see OpenAPIEmitterTests).
    static var examples: [OpenAPIGoldenCase] {
        ((try? PackagePaths.specFiles()) ?? []).compactMap { url in
            guard (try? load(url))?.apiProtocol != .websocket else { return nil }
            let name = url.deletingPathExtension().lastPathComponent
            return OpenAPIGoldenCase(
                name: "specs/\(name)", specURL: url, expectedDirectory: root.appendingPathComponent("specs/\(name)"))
        }
    }

    /// The spec through the real pipeline; a golden spec must load without errors.
    func spec() throws -> Spec {
        try Self.load(specURL)
    }

    static func load(_ url: URL) throws -> Spec {
        try load([UInt8](Data(contentsOf: url)), path: url.path)
    }

    /// A spec written inline in a test, through the real pipeline.
    static func load(yaml: String) throws -> Spec {
        try load(Array(yaml.utf8), path: "inline.yaml")
    }

    private static func load(_ bytes: [UInt8], path: String) throws -> Spec {
        let result = Frontend.load(bytes, path: path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let spec = result.spec else {
            throw LoadFailure(file: path, diagnostics: errors.map { "\($0)" })
        }
        return spec
    }

    struct LoadFailure: Error, CustomStringConvertible {
        var file: String
        var diagnostics: [String]
        var description: String { "\(file) has errors: \(diagnostics.joined(separator: "; "))" }
    }

    func emit(awsExtensions: Bool) throws -> String {
        try OpenAPIEmitter.emit(spec(), stage: nil, awsExtensions: awsExtensions)
    }
}
