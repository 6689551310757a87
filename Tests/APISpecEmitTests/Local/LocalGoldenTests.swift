import APISpecCore
import APISpecTestSupport
import Foundation
import Testing

@testable import APISpecEmit

/// Every example spec's run config matches the reviewed one byte for byte
/// (`Golden/local/<name>.json`, its paths under `/srv/api`). `RECORD_SNAPSHOTS=1` rewrites them;
/// review the diff before committing.
struct LocalGoldenTests {
    static let root = PackagePaths.root.appendingPathComponent("Tests/APISpecEmitTests/Golden/local")
    static let names = ((try? PackagePaths.specFiles()) ?? []).map { $0.deletingPathExtension().lastPathComponent }

    @Test(arguments: names) func matchesReviewedRunConfig(_ name: String) throws {
        let file = PackagePaths.specs.appendingPathComponent("\(name).yaml")
        let spec = try #require(Frontend.load(Array(try Data(contentsOf: file)), path: file.path).spec)
        let emitted = try LocalConfigEmitter.emit(spec, stage: nil, root: "/srv/api")
        let expectedURL = Self.root.appendingPathComponent("\(name).json")
        let expected = try #require(try ReviewedFile.text(at: expectedURL, recording: emitted), "no \(expectedURL.path)")
        #expect(emitted == expected, "\(expectedURL.path) is out of date; RECORD_SNAPSHOTS=1 rewrites it (review the diff)")
    }

    /// Guards against a moved folder silently turning the parameterized test into zero tests.
    @Test func casesExist() {
        #expect(Self.names.count >= 6)
    }
}
