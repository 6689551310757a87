import Testing
@testable import APISpecEmit

struct TemplateTextTests {
    let text = TemplateText(parameterIDs: ["Env": "Env", "cert-arn": "CertArn"])

    @Test func aWholeParameterIsARef() {
        #expect(text.value("${param:Env}") == ["Ref": "Env"])
        #expect(text.value("${param:cert-arn}") == ["Ref": "CertArn"])
    }

    @Test func anEmbeddedParameterIsASubVariable() {
        #expect(text.value("pets-${param:Env}") == ["Fn::Sub": "pets-${Env}"])
    }

    @Test func stageVariablesUseAPIGatewaysSyntax() {
        #expect(text.value("https://${stage:Host}/x") == "https://${stageVariables.Host}/x")
        // Inside a Fn::Sub, API Gateway's `${...}` must stay literal.
        #expect(text.value("https://${stage:Host}/${param:Env}") == ["Fn::Sub": "https://${!stageVariables.Host}/${Env}"])
    }

    @Test func otherDollarBracesStayLiteral() {
        #expect(text.value("${AWS::Region}") == "${AWS::Region}")
        #expect(text.value("${AWS::Region}-${param:Env}") == ["Fn::Sub": "${!AWS::Region}-${Env}"])
    }

    @Test func plainTextIsUnchanged() {
        #expect(text.value("arn:aws:iam::123456789012:role/x") == "arn:aws:iam::123456789012:role/x")
    }
}
