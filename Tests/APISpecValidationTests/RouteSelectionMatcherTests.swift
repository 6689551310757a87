import Testing

@testable import APISpecValidation

@Suite struct RouteSelectionMatcherTests {
    @Test(arguments: [
        ("$request.body.action", true), ("$request.body.meta.type", true), ("$request.body.a_$-9Z", true),
        ("$request.body.a.b.c.d", true), ("$request.body.$", true),
        ("$request.body.", false), ("$request.body", false), ("$request.body.a..b", false), ("$request.body.a.", false),
        ("$request.body..a", false), ("$request.body.a b", false), ("$request.body.a/b", false), ("action", false),
        ("", false), ("$REQUEST.body.a", false), ("$request.header.a", false), ("$request.body.é", false),
        ("$request.body.a\u{301}", false),
    ])
    func expressions(_ expression: String, _ selects: Bool) {
        #expect(InvalidRouteSelectionExpression.selectsBodyField(expression) == selects)
    }
}
