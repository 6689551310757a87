import APISpecCore
import Testing
@testable import APISpecEmit

/// The invoke permissions hold a grant per route by index until they are added: what they
/// add must be a permission per function and distinct source ARN, in the order asked for.
struct InvokePermissionsTests {
    static func permissions(_ yaml: String) throws -> [(id: String, function: JSONValue?, sourceArn: String)] {
        let template = try CloudFormationEmitterTests.template(yaml)
        return template.resources.filter { $0.value.type == "AWS::Lambda::Permission" }.map { id, resource in
            guard case .object(let sub)? = resource.properties["SourceArn"], case .string(let arn)? = sub["Fn::Sub"] else {
                return (id, resource.properties["FunctionName"], "")
            }
            return (id, resource.properties["FunctionName"], String(arn.trimmingPrefix("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/")))
        }
    }

    static func spec(functions: [String], routes: [String], authorizers: String = "") -> String {
        (["apispec: 1", "name: perms", "defaults: {auth: none}", "functions:"]
            + functions.map { "  \($0): {runtime: python3.12, handler: app.handler}" }
            + ["routes:"] + routes.map { "  \($0)" }
        ).joined(separator: "\n") + authorizers
    }

    @Test func routesOfOneFunctionThatShareASourcePathShareItsPermission() throws {
        let found = try Self.permissions(Self.spec(functions: ["a", "b"], routes: [
            "GET /items/{id}: {function: a}",
            "GET /items/{itemId}/parts: {function: b}",
            "GET /items/{key}: {function: a}",
            "GET /items/{key}/parts: {function: a}",
            "ANY /items/{other}: {function: a}",
        ]))
        #expect(found.map(\.id) == ["AGetItemsIdPermission", "BGetItemsItemIdPartsPermission",
                                    "AGetItemsKeyPartsPermission", "AAnyItemsOtherPermission"])
        #expect(found.map(\.sourceArn) == ["*/GET/items/*", "*/GET/items/*/parts", "*/GET/items/*/parts", "*/*/items/*"])
        #expect(found.map(\.function) == [["Fn::GetAtt": ["AFunction", "Arn"]], ["Fn::GetAtt": ["BFunction", "Arn"]],
                                          ["Fn::GetAtt": ["AFunction", "Arn"]], ["Fn::GetAtt": ["AFunction", "Arn"]]])
    }

    /// Repeats are found by the bytes of ASCII source paths, and by Strings otherwise: `é`
    /// written as one scalar or as `e` and an accent is the same path, and shares a permission.
    @Test func sourcePathsEqualAsStringsShareAPermission() throws {
        let found = try Self.permissions(Self.spec(functions: ["a", "b"], routes: [
            "GET /caf\u{E9}/{x}: {function: a}",
            "GET /plain/{x}: {function: a}",
            "GET /cafe\u{301}/{y}: {function: a}",
            "GET /plain/{y}: {function: a}",
            "GET /plain/{z}: {function: b}",
        ]))
        #expect(found.map(\.sourceArn) == ["*/GET/caf\u{E9}/*", "*/GET/plain/*", "*/GET/plain/*"])
        #expect(found.map(\.id) == ["AGetCafXPermission", "AGetPlainXPermission", "BGetPlainZPermission"])
    }

    /// Whether source paths are ASCII is told by their own bytes: a parameter's name is not one
    /// of them (its paths are still compared as bytes), while a Kelvin sign, a String equal to
    /// `K` but not its bytes, is.
    @Test func onlyTheSourcePathsOwnBytesDecideHowTheyAreCompared() throws {
        let found = try Self.permissions(Self.spec(functions: ["a"], routes: [
            "GET /plain/{\u{F1}}: {function: a}",
            "GET /\u{212A}/{x}: {function: a}",
            "GET /plain/{y}: {function: a}",
            "GET /K/{y}: {function: a}",
        ]))
        #expect(found.map(\.sourceArn) == ["*/GET/plain/*", "*/GET/\u{212A}/*"])
        #expect(found.map(\.id) == ["AGetPlainPermission", "AGetXPermission"])
    }

    /// Past the limit a function's route grants fold into one, where its first one stood;
    /// routes that share a source path count once towards the limit.
    @Test func foldingKeepsTheOrderAndCountsDistinctSourcePaths() throws {
        let limit = InvokePermissions.maximumRoutePermissions
        let many = (1...limit + 1).map { "GET /many\($0): {function: many}" }
        let found = try Self.permissions(Self.spec(
            functions: ["few", "many", "shared"],
            routes: ["GET /first: {function: few}"] + many + ["GET /last: {function: few}"]
                + (1...limit).map { "GET /shared\($0)/{id}: {function: shared}" } + ["GET /shared1/{key}: {function: shared}"]))
        let shared = (1...limit).map { "SharedGetShared\($0)IdPermission" }
        #expect(found.map(\.id) == ["FewGetFirstPermission", "ManyAllRoutesPermission", "FewGetLastPermission"] + shared)
        #expect(found[1].sourceArn == "*/*")
        #expect(found.dropFirst(3).map(\.sourceArn) == (1...limit).map { "*/GET/shared\($0)/*" })
    }

    @Test func authorizersComeAfterTheRoutesAndShareAPermissionPerSourcePath() throws {
        let found = try Self.permissions(Self.spec(
            functions: ["app", "check"],
            routes: ["GET /a: {function: app, auth: gate}", "GET /b: {function: check, auth: other}"],
            authorizers: """

                authorizers:
                  gate: {type: lambda, function: check}
                  other: {type: lambda, function: check}
                """))
        #expect(found.map(\.id) == ["AppGetAPermission", "CheckGetBPermission", "CheckGateAuthorizerPermission"])
        #expect(found.map(\.sourceArn) == ["*/GET/a", "*/GET/b", "authorizers/*"])
    }
}
