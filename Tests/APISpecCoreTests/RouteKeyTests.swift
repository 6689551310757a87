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

    @Test(arguments: [("/a/{id}", "/a/{}"), ("/", "/"), ("/caf\u{E9}/{p+}", "/caf\u{E9}/{+}"), ("a/{x}", "/a/{}")])
    func aShapeFollowsItsPrefix(_ path: String, _ shape: String) {
        #expect(RoutePath(path).shape(after: "GET ") == "GET " + shape)
        #expect(RoutePath(path).shape(after: "") == shape)
    }

    /// The method ends at the first space that is a whole Character: a space with a combining
    /// mark is another Character, and so is anything after a non-ASCII method.
    @Test(arguments: [
        ("GET /pets", "GET", "/pets"),
        ("GET \u{301}x /pets", "GET \u{301}x", "/pets"),
        ("G\u{E9}T /pets", "G\u{E9}T", "/pets"),
        ("GET  /x y", "GET", "/x y"),
        ("GET ", "GET", ""),
        ("GET\r\n /x", "GET\r\n", "/x"),
        ("/a b", "/a", "b"),
    ])
    func theMethodEndsAtTheFirstSpaceCharacter(_ raw: String, _ method: String, _ path: String) {
        let key = RouteKey(raw)
        #expect(Array(key.method?.utf8 ?? "".utf8) == Array(method.utf8))
        #expect(Array(key.path?.raw.utf8 ?? "-".utf8) == Array(path.utf8))
    }

    @Test func keysWithoutAPathAreSpecialOrCustom() {
        #expect(RouteKey("$default").kind == .special("$default"))
        #expect(RouteKey("$ /x").kind == .special("$ /x"))
        #expect(RouteKey("sendMessage").kind == .custom("sendMessage"))
        #expect(RouteKey("/only/a/path").kind == .http(method: "", path: RoutePath("/only/a/path")))
    }

    @Test func aKeyAfterOneOnTheSamePathGetsThatPathAndOnlyThatPath() {
        let previous = RouteKey("GET /pets/{id}")
        #expect(RouteKey("PUT /pets/{id}", afterPath: previous.path).path == previous.path)
        #expect(RouteKey("PUT /pets/{id}", afterPath: previous.path) == RouteKey("PUT /pets/{id}"))
        #expect(RouteKey("PUT /pets", afterPath: previous.path).path?.raw == "/pets")
        #expect(RouteKey("$default", afterPath: previous.path).kind == .special("$default"))

        // Equal as Strings, not byte for byte: the path keeps its own bytes.
        let composed = RouteKey("GET /caf\u{E9}")
        let decomposed = RouteKey("PUT /cafe\u{301}", afterPath: composed.path)
        #expect(Array(decomposed.path?.raw.utf8 ?? "".utf8) == Array("/cafe\u{301}".utf8))
    }

    /// Known methods are found by a word of their bytes: a method that shares its first or
    /// last bytes with one, or its length, is kept as written.
    @Test(arguments: RouteKey.knownMethods + ["get", "GETS", "GE", "G", "OPTIONX", "XPTIONS", "DELETES", "PATCHING", "PATCHINGS", "ANY\u{301}"])
    func methodsAreKeptAsWritten(_ method: String) {
        #expect(RouteKey(method + " /a").method.map { Array($0.utf8) } == Array(method.utf8))
    }
}
