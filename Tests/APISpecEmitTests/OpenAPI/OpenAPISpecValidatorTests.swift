import APISpecTestSupport
import Foundation
import Testing
@testable import APISpecEmit

/// The real `openapi-spec-validator` (PyPI, pinned in requirements.txt) accepts every emitted document.
struct OpenAPISpecValidatorTests {
    @Test func everyEmittedDocumentIsValidOpenAPI() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var files: [String] = []
        for golden in OpenAPIGoldenCase.all {
            for awsExtensions in [true, false] {
                let file = scratch.appendingPathComponent("\(golden.name.replacing("/", with: "-"))\(awsExtensions ? "" : "-clean").json")
                try golden.emit(awsExtensions: awsExtensions).write(to: file, atomically: true, encoding: .utf8)
                files.append(file.path)
            }
        }
        // One run for every document: the validator's start-up dominates its time.
        let result = try OutsideTool.run("openapi-spec-validator", files)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.stdout.components(separatedBy: ": OK").count - 1 == files.count, "\(result.output)")
    }
}
