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

    /// The routes the rules that judge a route by its function or `auth` report, judged as the
    /// names are read: a function that may outlast the route's integration timeout (only a
    /// route's one integration), scopes its `auth` does not check (unknown authorizers are
    /// another rule's), a route that can change data made public by `auth: none`.
    @Test func theRoutesJudgedByFunctionAndAuth() throws {
        let yaml = """
            apispec: 1
            name: files
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [files]}
              keys: {type: lambda, function: list}
            defaults:
              auth: users
            functions:
              list: {runtime: python3.12, handler: app.list, timeout: 20}
              slow: {runtime: python3.12, handler: app.slow, timeout: 40}
            routes:
              GET /a: {function: list, scopes: [a]}
              PUT /a: {function: slow, auth: keys, scopes: [a]}
              POST /b: {function: list, auth: none, timeout: 10}
              GET /b: {function: list, auth: none, scopes: [b]}
              DELETE /c: {function: slow, http: https://example.com/c, auth: iam, scopes: [c]}
              GET /d: {function: list, auth: ghost, scopes: [d]}
              ANY /e: {function: missing, auth: none}
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "refs.yaml").spec)
        let references = RouteReferences.compute(spec, in: SharedWork())
        #expect(references.outlastingFunctions == [1, 2])
        #expect(references.uncheckedScopes == [1, 3, 4])
        #expect(references.publicMutating == [2, 6])
    }
}
