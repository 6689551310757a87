import APISpecCore
import APISpecTestSupport
import Foundation
import APISpecValidation
import Testing
@testable import APISpecEmit

/// Every fixture and every spec in `specs/` has its reviewed template checked in; the emitter
/// must reproduce it byte for byte. `RECORD_SNAPSHOTS=1` rewrites them; review the diff.
struct CloudFormationGoldenTests {
    @Test(arguments: CloudFormationCase.all)
    func templateMatchesGolden(_ fixture: CloudFormationCase) throws {
        let template = try fixture.emit()
        let record = "RECORD_SNAPSHOTS=1 swift test --filter CloudFormationGoldenTests, then review the diff"
        let expected = try #require(
            try ReviewedFile.text(at: fixture.expected, recording: template),
            "\(fixture.name) has no reviewed template at \(fixture.expected.path): \(record)")
        #expect(template == expected, "\(fixture.name): the template differs from \(fixture.expected.path): \(record)")
    }

    /// The fixtures are specs a user could write: the validator (and the template limit rules)
    /// finds nothing in them.
    @Test(arguments: CloudFormationCase.fixtures)
    func fixtureValidatesClean(_ fixture: CloudFormationCase) throws {
        let bytes = try [UInt8](Data(contentsOf: fixture.spec))
        let rules = RuleRegistry.all + CloudFormationEmitter.cloudFormationRules
        let diagnostics = Validator.check(bytes, path: fixture.spec.lastPathComponent, rules: rules).diagnostics
        #expect(diagnostics.isEmpty, "\(fixture.name): \(diagnostics.map { "\($0.location) \($0.message) [\($0.id)]" })")
    }

    @Test func everyProtocolHasAFixture() throws {
        let protocols = Set(try CloudFormationCase.fixtures.map { try $0.load().apiProtocol })
        #expect(protocols == Set(APIProtocol.allCases))
    }

    @Test func emittingTwiceGivesTheSameBytes() throws {
        for fixture in CloudFormationCase.all {
            #expect(try fixture.emit() == fixture.emit(), "\(fixture.name)")
        }
    }
}
