import Testing

@testable import APISpecCore

@Suite struct RouteKeyTests {
    @Test(arguments: [
        ("GET /pets/{id}/{proxy+}", [RoutePath.Segment.literal("pets"), .parameter("id"), .greedy("proxy")]),
        ("GET   /", []),
        ("GET /a//{}/{+}/{x", [.literal("a"), .literal(""), .literal("{}"), .parameter("+"), .literal("{x")]),
        ("POST /cafés/{naïve}", [.literal("cafés"), .parameter("naïve")]),
        // Outside ASCII a path splits by Characters: `{` or `/` with a combining mark is another one.
        ("GET /{\u{301}x}/a/\u{301}b", [.literal("{\u{301}x}"), .literal("a/\u{301}b")]),
    ])
    func pathsSplitIntoSegments(_ raw: String, _ segments: [RoutePath.Segment]) {
        #expect(RouteKey(raw).path?.segments == segments)
    }

    @Test(arguments: [("GET /", "/"), ("GET /a", "/a"), ("GET /a/{id}/{p+}", "/a/{}/{+}"), ("GET /a//", "/a//")])
    func shapesForgetParameterNames(_ raw: String, _ shape: String) {
        #expect(RouteKey(raw).path?.shape == shape)
    }

    @Test func keysWithoutAPathAreSpecialOrCustom() {
        #expect(RouteKey("$default").kind == .special("$default"))
        #expect(RouteKey("sendMessage").kind == .custom("sendMessage"))
        #expect(RouteKey("/only/a/path").kind == .http(method: "", path: RoutePath("/only/a/path")))
    }

    @Test func aKeyAfterOneOnTheSamePathGetsThatPathAndOnlyThatPath() {
        let previous = RouteKey("GET /pets/{id}")
        #expect(RouteKey("PUT /pets/{id}", after: previous).path == previous.path)
        #expect(RouteKey("PUT /pets/{id}", after: previous) == RouteKey("PUT /pets/{id}"))
        #expect(RouteKey("PUT /pets", after: previous).path?.raw == "/pets")
        #expect(RouteKey("$default", after: previous).kind == .special("$default"))

        // Equal as Strings, not byte for byte: the path keeps its own bytes.
        let composed = RouteKey("GET /caf\u{E9}")
        let decomposed = RouteKey("PUT /cafe\u{301}", after: composed)
        #expect(Array(decomposed.path?.raw.utf8 ?? "".utf8) == Array("/cafe\u{301}".utf8))
    }
}
