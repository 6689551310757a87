import APISpecTestSupport
import Foundation

/// A scratch copy of the test app (handlers, `bootstrap`) with a spec written beside it.
struct TestApp {
    let directory: URL

    static let fixtures = PackagePaths.root.appendingPathComponent("Serve/Tests/APISpecGatewayTests/Fixtures")

    init(spec: String, files: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("apispec-serve-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("app"), to: directory)
        try spec.write(to: specFile, atomically: true, encoding: .utf8)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    var specFile: URL { directory.appendingPathComponent("api.yaml") }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// An AWS example event kept in `Fixtures/events`.
    static func documentedEvent(_ name: String) throws -> Data {
        try Data(contentsOf: fixtures.appendingPathComponent("events/\(name).json"))
    }
}
