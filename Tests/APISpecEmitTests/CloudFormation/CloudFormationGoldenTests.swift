import APISpecCore
import Foundation
import Testing
@testable import APISpecEmit

/// Every fixture and every spec in `specs/` has its reviewed template checked in; the emitter
/// must reproduce it byte for byte. `RECORD_GOLDEN=1 swift test` rewrites them for review.
struct CloudFormationGoldenTests {
    @Test(arguments: CloudFormationFixtures.all)
    func templateMatchesGolden(_ fixture: CloudFormationFixtures.Case) throws {
        let (spec, diagnostics) = try CloudFormationFixtures.load(fixture.spec)
        let loaded = try #require(spec, "\(fixture.name) has errors: \(CloudFormationFixtures.FixtureError(diagnostics: diagnostics))")
        let template = try CloudFormationEmitter.emit(loaded, stage: nil)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(
                at: fixture.expected.deletingLastPathComponent(), withIntermediateDirectories: true)
            try template.write(to: fixture.expected, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: fixture.expected, encoding: .utf8)
        #expect(template == expected, "\(fixture.name): template differs from \(fixture.expected.path)")
    }

    @Test func thereAreFixtures() {
        #expect(CloudFormationFixtures.fixtures.count >= 5)
    }
}
