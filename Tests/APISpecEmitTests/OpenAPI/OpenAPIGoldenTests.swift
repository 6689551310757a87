import Foundation
import Testing
@testable import APISpecEmit

/// Every fixture's documents match the reviewed ones byte for byte, with and without AWS extensions.
struct OpenAPIGoldenTests {
    @Test(arguments: OpenAPIGoldenCase.all, [true, false])
    func matchesReviewedDocument(_ golden: OpenAPIGoldenCase, awsExtensions: Bool) throws {
        let emitted = try golden.emit(awsExtensions: awsExtensions)
        let expectedURL = golden.expectedURL(awsExtensions: awsExtensions)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: golden.expectedDirectory, withIntermediateDirectories: true)
            try emitted.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(emitted == expected, "\(expectedURL.path) is out of date; RECORD_SNAPSHOTS=1 rewrites it (review the diff)")
    }

    /// Guards against a moved folder silently turning every parameterized test into zero tests.
    @Test func casesExist() {
        #expect(OpenAPIGoldenCase.fixtures.count >= 2)
        #expect(OpenAPIGoldenCase.examples.count >= 5)
    }

    @Test(arguments: OpenAPIGoldenCase.all)
    func cleanDocumentHasNoAWSExtensions(_ golden: OpenAPIGoldenCase) throws {
        #expect(try !golden.emit(awsExtensions: false).contains("x-amazon-apigateway-"))
    }

    @Test(arguments: OpenAPIGoldenCase.all)
    func outputIsDeterministic(_ golden: OpenAPIGoldenCase) throws {
        #expect(try golden.emit(awsExtensions: true) == golden.emit(awsExtensions: true))
    }
}
