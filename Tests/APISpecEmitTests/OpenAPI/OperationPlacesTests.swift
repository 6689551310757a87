import APISpecCore
import Testing
@testable import APISpecEmit

/// `operationPlaces(of:)` groups places by path without hashing a route on its previous route's
/// path: its groups must be those of grouping every place by its path string. A path's
/// operations share their parameters (`PathParameters`): each must be what its own are.
struct OperationPlacesTests {
    @Test(arguments: [true, false])
    func groupsEachPathsPlacesInOrder(awsExtensions: Bool) throws {
        for api in ["http", "rest"] {
            // `ANY /all` takes no method in a clean document: `/all`'s methods all come later,
            // with another path between.
            let spec = try OpenAPIGoldenCase.load(yaml: """
                apispec: 1
                name: places
                protocol: \(api)
                cors: {allowOrigins: ["https://example.com"]}
                routes:
                  ANY /all: {mock: {status: 200}, auth: none}
                  GET /b: {mock: {status: 200}, auth: none}
                  GET /a/{id}: {mock: {status: 200}, auth: none}
                  POST /b: {mock: {status: 200}, auth: none}
                  PUT /a/{id}: {mock: {status: 200}, auth: none}
                  HEAD /b: {mock: {status: 201}, auth: none}
                  ANY /a/{id}: {mock: {status: 200}, auth: none}
                  OPTIONS /c: {mock: {status: 200}, auth: none}
                  GET /all: {mock: {status: 200}, auth: none}
                  PUT /all: {mock: {status: 200}, auth: none}
                  POST /all: {mock: {status: 200}, auth: none}
                  DELETE /all: {mock: {status: 200}, auth: none}
                  OPTIONS /all: {mock: {status: 200}, auth: none}
                  HEAD /all: {mock: {status: 200}, auth: none}
                  PATCH /all: {mock: {status: 200}, auth: none}
                  GET /c: {mock: {status: 200}, auth: none}
                  ANY /p/{proxy+}: {mock: {status: 200}, auth: none}
                  GET /p/{proxy+}: {mock: {status: 200}, auth: none}
                  PUT /p/{proxy}: {mock: {status: 200}, auth: none}
                  ANY /p/{proxy}: {mock: {status: 200}, auth: none}
                """)
            let builder = OpenAPIBuilder(spec: spec, stage: "prod", targets: StandaloneTargets(), awsExtensions: awsExtensions)
            let places = builder.operationPlaces(of: builder.emittedRoutes)
            var expected: [[Int]] = []
            var seen: [String] = []
            for index in places.places.indices {
                let path = places.paths[Int(places[index].path)]
                if let number = seen.firstIndex(of: path) {
                    expected[number].append(index)
                } else {
                    seen.append(path)
                    expected.append([index])
                }
            }
            #expect(places.byPath.map(Array.init) == expected)
            #expect(places.paths == seen)
            #expect(!places.places.isEmpty)
            var shared = ClaimedOperationIDs(places)
            var own = ClaimedOperationIDs(places)
            for indices in places.byPath {
                var parameters = PathParameters()
                for index in indices {
                    var fresh = PathParameters()
                    let slot = builder.slot(index, of: places, ids: &shared, parameters: &parameters)
                    #expect(slot.pathParameters == builder.slot(index, of: places, ids: &own, parameters: &fresh).pathParameters)
                }
            }
        }
    }
}

/// `ClaimedOperationIDs` claims each method's ids apart, without a set until unnumbered ids
/// repeat (`UnnumberedIDs`): its ids, asked for path by path, must be those of claiming every
/// place's id in place order in one set.
struct ClaimedOperationIDsTests {
    @Test(arguments: ["http", "rest"])
    func idsAreThoseOfOneSetInPlaceOrder(api: String) throws {
        // `/a_b` repeats `/a-b`'s words, `/a-b2` the number `/a_b` gets, `/root` the words of `/`;
        // `GET /c` is written twice (once in lower case: a key is written once).
        let spec = try OpenAPIGoldenCase.load(yaml: """
            apispec: 1
            name: ids
            protocol: \(api)
            cors: {allowOrigins: ["https://example.com"]}
            routes:
              GET /a-b: {mock: {status: 200}, auth: none}
              POST /a-b: {mock: {status: 200}, auth: none}
              GET /: {mock: {status: 200}, auth: none}
              GET /a_b: {mock: {status: 200}, auth: none}
              GET /c: {mock: {status: 200}, auth: none}
              GET /a-b2: {mock: {status: 200}, auth: none}
              POST /root: {mock: {status: 200}, auth: none}
              GET /root: {mock: {status: 200}, auth: none}
              ANY /d: {mock: {status: 200}, auth: none}
              get /c: {mock: {status: 201}, auth: none}
              OPTIONS /e: {mock: {status: 200}, auth: none}
            """)
        let builder = OpenAPIBuilder(spec: spec, stage: "prod", targets: StandaloneTargets(), awsExtensions: true)
        let places = builder.operationPlaces(of: builder.emittedRoutes)
        var names = OperationIDs()
        let expected = places.places.indices.map { index in
            names.claim(OperationIDs.base(
                method: places[index].isAnyMethod ? "any" : places.method(of: index), path: spec.routes[places[index].namedAfter].key.path))
        }
        #expect(Set(expected).count == expected.count)
        var ids = ClaimedOperationIDs(places)
        var given = Array(repeating: "", count: places.places.count)
        for indices in places.byPath {
            var parameters = PathParameters()
            for index in indices {
                given[index] = String(decoding: builder.slot(index, of: places, ids: &ids, parameters: &parameters).operationId, as: UTF8.self)
            }
        }
        #expect(given == expected)
    }
}
