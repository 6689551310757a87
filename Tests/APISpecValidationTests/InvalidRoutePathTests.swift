import APISpecCore
import Testing

@testable import APISpecValidation

/// Which problem `invalid-route-path` names when a path has several.
@Suite struct InvalidRoutePathTests {
    private func messages(_ path: String) -> [String] {
        let spec = HandlerRoutes.spec(routes: "  \"GET \(path)\": {function: handle, auth: none}")
        return HandlerRoutes.findings("invalid-route-path", in: spec.text).map(\.message)
    }

    @Test(arguments: [
        // A brace decides, even after a character API Gateway does not accept.
        ("/a b{x", "path '/a b{x' has a segment `a b{x` that is not a whole `{parameter}`"),
        ("/a{x} b", "path '/a{x} b' has a segment `a{x} b` that is not a whole `{parameter}`"),
        ("/a b/c", "path '/a b/c' has characters API Gateway does not accept in `a b`"),
        // The first segment with a problem is the one named.
        ("/a b/{x", "path '/a b/{x' has characters API Gateway does not accept in `a b`"),
        ("/{a b}/c{", "path '/{a b}/c{' has a parameter name `a b` with characters other than letters, digits, `_`, `-`, `.`"),
        ("/ok/{id}", nil),
    ] as [(String, String?)])
    func theFirstProblemIsNamed(_ path: String, _ message: String?) {
        #expect(messages(path) == (message.map { [$0] } ?? []))
    }

    /// The one-pass check passes the usual paths, which have no problem...
    @Test(arguments: ["/", "/a", "/a/{id}", "/a/{proxy+}", "/x-y_z.~:@!$&'()*+,;=/{a.b-c_D9}/{rest+}"])
    func plainPathsPassInOnePass(_ path: String) {
        #expect(InvalidRoutePath.isPlainlyValid(path))
        #expect(messages(path).isEmpty)
    }

    /// ...and leaves every other path to the judging by segment: those with a problem, and
    /// those past ASCII.
    @Test(arguments: ["", "a", "//", "/a/", "/a//b", "/{}", "/{+}", "/{a+", "/a{b}", "/{a}b", "/{a b}", "/a b", "/caf\u{E9}"])
    func otherPathsAreJudgedBySegment(_ path: String) {
        #expect(!InvalidRoutePath.isPlainlyValid(path))
    }
}
