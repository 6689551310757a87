import Foundation

/// Where things are in the package, for tests that read its files or run its binary.
public enum PackagePaths {
    /// The package root: this file sits at `<root>/Tests/APISpecTestSupport/PackagePaths.swift`.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example specs, `specs/*.yaml`.
    public static let specs = root.appendingPathComponent("specs")

    /// The JSON Schema of the spec language.
    public static let schema = root.appendingPathComponent("Schemas/apispec.schema.json")

    /// Every example spec, sorted by name.
    public static func specFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: specs, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The `apispec` executable built with these tests. SwiftPM puts every product of a build
    /// in one directory, the test runner included, so look beside the running test binary
    /// first: that follows `--scratch-path`, `-c release` and the target triple on its own.
    /// `APISPEC_BIN` overrides it.
    public static var apispecBinary: URL {
        if let path = ProcessInfo.processInfo.environment["APISPEC_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("apispec"),
            root.appendingPathComponent(".build/debug/apispec"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}
