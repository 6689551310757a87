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
            try emitted.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(emitted == expected, "\(expectedURL.path) is out of date; RECORD_SNAPSHOTS=1 rewrites it (review the diff)")
    }

    @Test func fixturesExist() {
        #expect(OpenAPIGoldenCase.all.count >= 2)
    }

    @Test(arguments: OpenAPIGoldenCase.all)
    func outputIsDeterministic(_ golden: OpenAPIGoldenCase) throws {
        #expect(try golden.emit(awsExtensions: true) == golden.emit(awsExtensions: true))
    }
}
