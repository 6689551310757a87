import APISpecCore
import Testing

@testable import APISpecValidation

/// The keys the routes write, each once in the order first written: found by their strings'
/// bits when they are the decoder's, by their text otherwise.
@Suite struct WrittenRouteKeysTests {
    @Test func eachKeyOnceInTheOrderFirstWritten() throws {
        let yaml = HandlerRoutes.spec(routes: """
              GET /a: {function: handle, auth: none}
              GET /b: {function: handle, timeout: 5, auth: none}
              GET /c: {auth: iam, function: handle, timeout: 6}
            """).text
        var spec = try #require(Frontend.load(Array(yaml.utf8), path: "keys.yaml").spec)
        // Hand-built routes, whose keys (here one longer than a string holds in place) are
        // strings of their own: equal texts of other bits, and a text the table has.
        for (number, line) in [(1, 10), (2, 11)] {
            var route = Route(key: RouteKey("GET /d\(number)"), location: SourceLocation(file: "keys.yaml", line: line, column: 3))
            route.provenance.set(["x-written-by", "hand"].joined(separator: "-"), at: SourceLocation(file: "other.yaml", line: 1, column: 1))
            route.provenance.set(String("timeout".reversed().reversed()), at: SourceLocation(file: "other.yaml", line: 2, column: 1))
            spec.routes.append(route)
        }
        #expect(WrittenRouteKeys.compute(spec, in: SharedWork()).keys == ["function", "auth", "timeout", "x-written-by-hand"])
    }
}
