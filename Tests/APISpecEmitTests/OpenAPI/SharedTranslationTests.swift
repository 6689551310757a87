import Testing
@testable import APISpecEmit

/// The small translations REST and HTTP documents (and the CloudFormation body) rely on.
struct SharedTranslationTests {
    @Test func identitySourcesTakeTheRESTSpelling() {
        #expect(IdentitySource.rest("$request.header.Authorization") == "method.request.header.Authorization")
        #expect(IdentitySource.rest("$request.querystring.ticket") == "method.request.querystring.ticket")
        #expect(IdentitySource.rest("$stageVariables.Key") == "stageVariables.Key")
        #expect(IdentitySource.rest("$context.sourceIp") == "context.sourceIp")
        #expect(IdentitySource.rest("method.request.header.X") == "method.request.header.X")
    }

    @Test func backendURLPlaceholdersSkipReferences() {
        #expect(IntegrationExtension.urlPlaceholders("https://${stageVariables.Host}/{a}/{proxy}/{a}") == ["a", "proxy"])
    }

    @Test func cognitoIssuerComesFromThePoolARN() {
        let targets = StandaloneTargets()
        #expect(targets.cognitoIssuer(userPoolARN: "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC")
            == "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC")
        #expect(targets.cognitoIssuer(userPoolARN: "arn:aws:cognito-idp:eu-west-1:${param:Account}:userpool/${param:Id}")
            == "https://cognito-idp.eu-west-1.amazonaws.com/${Id}")
        // Never the ARN itself: API Gateway would take it for the issuer and accept no token.
        #expect(targets.cognitoIssuer(userPoolARN: "${param:Pool}")
            == "https://cognito-idp.${Pool.Region}.amazonaws.com/${Pool.PoolId}")
    }

    @Test func operationIDsAreLowerCamelCaseAndUnique() {
        var ids = OperationIDs()
        #expect(ids.claim(OperationIDs.base(method: "get", path: .init("/pets/{petId}"))) == "getPetsPetId")
        #expect(ids.claim(OperationIDs.base(method: "get", path: .init("/a-b"))) == "getAB")
        #expect(ids.claim(OperationIDs.base(method: "get", path: .init("/a_b"))) == "getAB2")
        #expect(ids.claim(OperationIDs.base(method: "any", path: .init("/"))) == "anyRoot")
        #expect(ids.claim(OperationIDs.base(method: "any", path: nil)) == "anyDefault")
        // An ASCII path is read whole: braces, `+` and separators end words as segments do.
        #expect(ids.claim(OperationIDs.base(method: "get", path: .init("/v2/items-{id}/x{y}/{proxy+}"))) == "getV2ItemsIdXYProxy")
        #expect(ids.claim(OperationIDs.base(method: "put", path: .init("/{}/{+}/-"))) == "putRoot")
        // Words are runs of ASCII letters and digits; a letter with a combining mark is none.
        #expect(ids.claim(OperationIDs.base(method: "get", path: .init("/café/q\u{301}x/{naïve_id}"))) == "getCafXNaVeId")
    }

    /// Ids past the room a set was made with are numbered as any: `getAB22` is not `getAB2`.
    @Test func operationIDsPastTheirRoomAreUnique() {
        var ids = OperationIDs(capacity: 1)
        let claimed = ["/a/b", "/a-b", "/a_b", "/a/b2", "/a/b/2"].map { ids.claim(OperationIDs.base(method: "get", path: .init($0))) }
        #expect(claimed == ["getAB", "getAB2", "getAB3", "getAB22", "getAB23"])
    }
}
