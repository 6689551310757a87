import APISpecCore
import Testing

@testable import APISpecValidation

/// The roles the routes' AWS integrations name, in route order, the same gathered a few routes
/// at a time (as the validator's block pass gathers them) as all at once.
@Suite struct RouteRolesTests {
    @Test func everyRoleInRouteOrderHoweverGathered() throws {
        let yaml = """
            apispec: 1
            name: orders
            functions:
              list: {runtime: python3.12, handler: app.list}
            routes:
              POST /a:
                aws: {service: sqs, action: SendMessage, role: first-role}
                auth: iam
              GET /b: {function: list, auth: iam}
              POST /c:
                aws: {service: states, action: StartExecution, role: "arn:aws:iam::123456789012:role/second"}
                auth: iam
              POST /d:
                aws: {service: sqs, action: SendMessage}
                auth: iam
              POST /e:
                aws: {service: sqs, action: SendMessage, role: third-role}
                auth: iam
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "roles.yaml").spec)
        let all = RouteRoles.compute(spec, in: SharedWork()).roles
        #expect(all.map(\.value) == ["first-role", "arn:aws:iam::123456789012:role/second", "third-role"])
        var parts = RouteRoles(spec, routeCount: spec.routes.count)
        for start in stride(from: 0, to: spec.routes.count, by: 2) {
            parts.add(spec.routes[start..<min(start + 2, spec.routes.count)])
        }
        #expect(parts.roles.map(\.value) == all.map(\.value) && parts.roles.map(\.location) == all.map(\.location))
    }
}
