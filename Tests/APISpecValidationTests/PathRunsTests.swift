import Testing

@testable import APISpecCore
@testable import APISpecValidation

/// The routes written on one parsed path in a row are one run; each route's hash is equal for
/// equal methods and path shapes.
@Suite struct PathRunsTests {
    /// A spec with nothing in it, which gathering paths does not read.
    static let spec = Spec(
        file: "r.yaml", root: YAMLNode(.mapping([]), at: SourceLocation(file: "r.yaml", line: 1, column: 1)), name: "r",
        apiProtocol: .rest)

    /// Routes with `keys`, parsed as the decoder parses them (a key on the path of the key before
    /// it shares that path).
    private func routes(_ keys: [String]) -> [Route] {
        var last: RouteKey?
        return keys.map { raw in
            let key = RouteKey(raw, afterPath: last?.path)
            last = key
            return Route(key: key, location: SourceLocation(file: "r.yaml", line: 1, column: 1))
        }
    }

    @Test func runsAreThePathsWrittenInARow() {
        let keys = [
            "GET /a/{id}", "PUT /a/{id}", "GET /a", "$default", "POST /a", "GET /", "PUT /", "GET /a/{id}", "DELETE /a/{id}",
        ]
        let runs = PathRuns.gathered(from: routes(keys), of: Self.spec).runs
        #expect(runs.map { "/" + $0.segments.map(\.text).joined(separator: "/") } == ["/a/{id}", "/a", "/a", "/", "/", "/a/{id}"])
        #expect(runs.map(\.routes) == [0..<2, 2..<3, 4..<5, 5..<6, 6..<7, 7..<9])
    }

    @Test func runsOfEqualShapesHashAlike() {
        let keys = ["GET /a/{id}", "GET /a/{name}", "PUT /a/{id}", "GET /a/\u{212A}", "GET /a/K", "GET /b/{id}", "$default"]
        let paths = PathRuns.gathered(from: routes(keys), of: Self.spec)
        let hashes = paths.shapeHashes
        #expect(hashes.count == 6)
        #expect(hashes[0] == hashes[1] && hashes[1] == hashes[2] && hashes[3] == hashes[4])
        #expect(hashes[0] != hashes[3] && hashes[0] != hashes[5])
        #expect(paths.unpathed.map(\.index) == [6])
    }

    /// A route that repeats the method of an earlier route of its run is found with the first
    /// of them, methods compared as texts (the Kelvin sign is `K`); another run's routes are not.
    @Test func repeatedMethodsInARunAreFound() {
        let keys = ["GET /a", "K /a", "POST /a", "\u{212A} /a", "GET /a", "GET /b", "GET /a", "GET /a"]
        let repeats = PathRuns.gathered(from: routes(keys), of: Self.spec).repeatsInRuns
        #expect(repeats.map { [$0.run, $0.index, $0.first] } == [[0, 3, 1], [0, 4, 0], [2, 7, 6]])
    }

    /// The routes of methods API Gateway does not route on, each method judged once.
    @Test func unknownMethodsAreFound() {
        let keys = ["GET /a", "get /a", "/b", "FETCH /c", "get /d", "$default", "POST /e"]
        #expect(PathRuns.gathered(from: routes(keys), of: Self.spec).unknownMethods == [1, 2, 3, 4])
    }
}
