import APISpecCore
import Testing
@testable import APISpecEmit

/// One pass over the routes finds what the document's parts outside its paths ask of them:
/// only the routes given count, and validators come in `RequestValidator.allCases` order.
struct RouteUsesTests {
    private let spec: Spec

    init() throws {
        spec = try PathItemsTests.loaded("""
            apispec: 1
            name: uses
            protocol: rest
            functions:
              app: {runtime: python3.12, handler: app.handler}
            routes:
              GET /open: {function: app, auth: none}
              GET /signed: {function: app, auth: iam}
              GET /keyed: {function: app, auth: none, apiKeyRequired: true}
              GET /queried: {function: app, auth: none, request: {parameters: [querystring.q]}}
              POST /bodied: {function: app, auth: none, request: {body: {type: object}}}
            """)
    }

    @Test func noRoutesUseNothing() {
        let uses = RouteUses([], of: spec)
        #expect(!uses.iam && !uses.apiKey && !uses.requestBodies)
        #expect(uses.validators.isEmpty)
    }

    @Test func eachRouteIsFoundOnItsOwn() {
        #expect(!RouteUses([0], of: spec).iam)
        #expect(RouteUses([1], of: spec).iam)
        #expect(RouteUses([2], of: spec).apiKey && !RouteUses([2], of: spec).iam)
        #expect(RouteUses([3], of: spec).validators == [.parameters])
        #expect(!RouteUses([3], of: spec).requestBodies)
        #expect(RouteUses([4], of: spec).validators == [.body])
        #expect(RouteUses([4], of: spec).requestBodies)
    }

    @Test func allRoutesTogetherUseEverything() {
        let uses = RouteUses(Array(spec.routes.indices.reversed()), of: spec)
        #expect(uses.iam && uses.apiKey && uses.requestBodies)
        #expect(uses.validators == [.body, .parameters])
    }
}
