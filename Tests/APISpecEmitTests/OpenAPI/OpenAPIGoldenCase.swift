import APISpecCore
import APISpecTestSupport
import Foundation
import Testing
@testable import APISpecEmit

/// A golden fixture: `Golden/openapi/<case>/spec.yaml` with the reviewed documents beside it,
/// `expected.json` (with AWS extensions) and `expected-clean.json` (`--no-aws-extensions`).
/// `RECORD_SNAPSHOTS=1` rewrites them; review the diff before committing.
struct OpenAPIGoldenCase: CustomTestStringConvertible, Sendable {
    let name: String
    let directory: URL

    var testDescription: String { name }
    var specURL: URL { directory.appendingPathComponent("spec.yaml") }

    func expectedURL(awsExtensions: Bool) -> URL {
        directory.appendingPathComponent(awsExtensions ? "expected.json" : "expected-clean.json")
    }

    static let root = PackagePaths.root.appendingPathComponent("Tests/APISpecEmitTests/Golden/openapi")

    static var all: [OpenAPIGoldenCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let directory = root.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("spec.yaml").path) else { return nil }
            return OpenAPIGoldenCase(name: name, directory: directory)
        }
    }

    /// The spec through the real pipeline; a fixture must load without errors.
    func spec() throws -> Spec {
        try Self.load(specURL)
    }

    static func load(_ url: URL) throws -> Spec {
        let bytes = try [UInt8](Data(contentsOf: url))
        let result = Frontend.load(bytes, path: url.lastPathComponent)
        let errors = result.diagnostics.filter { $0.severity == .error }
        try #require(errors.isEmpty, "\(url.lastPathComponent) has errors: \(errors)")
        return try #require(result.spec)
    }

    func emit(awsExtensions: Bool) throws -> String {
        try OpenAPIEmitter.emit(spec(), stage: nil, awsExtensions: awsExtensions)
    }
}
