import APISpecCore
import Testing

@testable import APISpecValidation

/// The names the checked routes use, gathered once for the reference rules: every function a
/// route's integrations name and every authorizer its `auth` names, its own or inherited.
@Suite struct RouteReferencesTests {
    @Test func everyNameTheRoutesUseOnce() throws {
        let yaml = """
            apispec: 1
            name: files
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [files]}
              partners: {type: jwt, issuer: https://auth.example.com/, audience: [files]}
            defaults:
              auth: users
            functions:
              list: {runtime: python3.12, handler: app.list}
              get: {runtime: python3.12, handler: app.get}
            routes:
              GET /a: {function: list}
              PUT /a: {function: list, auth: partners}
              GET /b: {function: get, auth: none}
              GET /c: {function: missing, auth: iam}
              GET /d: {function: list, http: https://example.com/d, auth: ghost}
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "refs.yaml").spec)
        let references = RouteReferences.compute(spec, in: SharedWork())
        #expect(references.functions == ["list", "get", "missing"])
        #expect(references.authorizers == ["users", "partners", "ghost"])
    }
}
