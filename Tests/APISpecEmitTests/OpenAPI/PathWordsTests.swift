import APISpecCore
import Testing
@testable import APISpecEmit

/// `operationPlaces(of:)` makes each path's words once and finds paths by their hash
/// (`PathWords`): each path's words must be its own (`OperationIDs.appendWords`), and two
/// paths' words numbers the same exactly where their words are, whichever path came before
/// (one of the same words, one without words, one outside ASCII, `$default`).
struct PathWordsTests {
    @Test(arguments: [true, false])
    func eachPathHasItsOwnWordsAndTheirNumber(awsExtensions: Bool) throws {
        let spec = try OpenAPIGoldenCase.load(yaml: """
            apispec: 1
            name: words
            protocol: http
            routes:
              GET /a-b: {mock: {status: 200}, auth: none}
              GET /a_b: {mock: {status: 200}, auth: none}
              POST /a-b: {mock: {status: 200}, auth: none}
              GET /: {mock: {status: 200}, auth: none}
              GET /root: {mock: {status: 200}, auth: none}
              GET /café/{id}: {mock: {status: 200}, auth: none}
              GET /caf/{id}: {mock: {status: 200}, auth: none}
              GET /p/{proxy+}: {mock: {status: 200}, auth: none}
              PUT /p/{proxy}: {mock: {status: 200}, auth: none}
              $default: {mock: {status: 200}, auth: none}
              GET /default: {mock: {status: 200}, auth: none}
              GET /x2/Y: {mock: {status: 200}, auth: none}
            """)
        let builder = OpenAPIBuilder(spec: spec, stage: "prod", targets: StandaloneTargets(), awsExtensions: awsExtensions)
        let places = builder.operationPlaces(of: builder.emittedRoutes)
        #expect(places.words.count == places.paths.count)
        var own: [[UInt8]] = Array(repeating: [], count: places.paths.count)
        for place in places.places {
            var words: [UInt8] = []
            OperationIDs.appendWords(of: spec.routes[place.namedAfter].key.path, to: &words)
            own[Int(place.path)] = words
        }
        for path in own.indices {
            #expect(places.words.withWords(of: path, Array.init) == own[path])
            for other in own.indices {
                #expect((places.words.number(of: path) == places.words.number(of: other)) == (own[path] == own[other]))
            }
        }
        #expect(places.words.distinctCount == Set(own).count)
        #expect(places.words.distinctCount < places.paths.count)
    }
}
