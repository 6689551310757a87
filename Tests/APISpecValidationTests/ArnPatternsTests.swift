import Testing

@testable import APISpecValidation

/// The ARN matchers, ASCII only: rows marked "was" were accepted by the regular expressions these
/// replace, whose `\d` and `\w` took digits and letters of any script.
@Suite struct ArnPatternsTests {
    private static let account = "123456789012"

    @Test(arguments: [
        ("arn:aws:iam::\(account):role/lambda-role", true), ("arn:aws-cn:iam::\(account):role/a", true),
        ("arn:aws-us-gov:iam::\(account):role/service-role/a", true), ("arn:aws:iam::\(account):role/a_+=,.@-/", true),
        ("arn:awsx:iam::\(account):role/a", true), ("arn:aws:iam::\(account):role/" + String(repeating: "a", count: 512), true),
        ("arn:aws:iam::\(account):role/" + String(repeating: "a", count: 513), false),
        ("arn:aws:iam::\(account):role/", false), ("arn:aws:iam::\(account):user/a", false),
        ("arn:aws:iam::12345678901:role/a", false), ("arn:aws:iam::1234567890123:role/a", false),
        ("arn:aws:iam:us-east-1:\(account):role/a", false), ("arn:aws:sts::\(account):role/a", false),
        ("arn:AWS:iam::\(account):role/a", false), ("arn:aw:iam::\(account):role/a", false),
        ("arn:aws:iam::\(account):role/a b", false), ("arn:aws:iam::\(account):role/a:b", false),
        ("arn:aws:iam::\(account):role/a\u{301}", false), ("${param:Role}", false), ("", false), ("arn:aws:iam::", false),
        ("arn:aws:iam::١٢٣٤٥٦٧٨٩٠١٢:role/a", false),  // was true
        ("arn:aws:iam::\(account):role/rôle", false),  // was true
    ])
    func roleArns(_ text: String, _ valid: Bool) {
        #expect(ArnPatterns.isRoleArn(text) == valid)
    }

    @Test(arguments: [
        ("arn:aws:lambda:us-east-1:\(account):layer:name:3", true), ("arn:aws:lambda:us-gov-west-1:\(account):layer:a:0", true),
        ("arn:aws-cn:lambda:cn-north-1:\(account):layer:a_b-C9:12", true),
        ("arn:aws:lambda:us-east-1:\(account):layer:" + String(repeating: "a", count: 140) + ":1", true),
        ("arn:aws:lambda:us-east-1:\(account):layer:" + String(repeating: "a", count: 141) + ":1", false),
        ("arn:aws:lambda:us-east-1:\(account):layer:name", false), ("arn:aws:lambda:us-east-1:\(account):layer:name:", false),
        ("arn:aws:lambda:us-east-1:\(account):layer:name:v3", false),
        ("arn:aws:lambda:us-east-1:\(account):layer:name:3:4", false), ("arn:aws:lambda:us-east-1:\(account):layer::3", false),
        ("arn:aws:lambda:us-east-1:\(account):layer:a.b:3", false), ("arn:aws:lambda:us-east-1:\(account):function:a:3", false),
        ("arn:aws:lambda::\(account):layer:a:3", false), ("arn:aws:lambda:us-east:\(account):layer:a:3", false),
        ("arn:aws:lambda:useast-1:\(account):layer:a:3", false), ("arn:aws:lambda:us-east-12:\(account):layer:a:3", false),
        ("arn:aws:lambda:u-east-1:\(account):layer:a:3", false), ("arn:aws:lambda:us--1:\(account):layer:a:3", false),
        ("arn:aws:lambda:US-EAST-1:\(account):layer:a:3", false), ("arn:aws:lambda:us-east-1-:\(account):layer:a:3", false),
        ("arn:aws:lambda:us-east-١:\(account):layer:a:3", false),  // was true
        ("arn:aws:lambda:us-east-1:\(account):layer:a:３", false),  // was true
    ])
    func layerVersionArns(_ text: String, _ valid: Bool) {
        #expect(ArnPatterns.isLayerVersionArn(text) == valid)
    }

    @Test(arguments: [
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/us-east-1_AbC123", true),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/a_b", true),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/a_b_c", true),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/_abc", false),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/abc_", false),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/abc", false),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/a_b-c", false),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/a.b_c", false),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/", false),
        ("arn:aws:cognito-idp::\(account):userpool/a_b", false), ("arn:aws:cognito:us-east-1:\(account):userpool/a_b", false),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/a_é", false),
        ("arn:aws:cognito-idp:us-east-1:\(account):userpool/é_a", false),  // was true
    ])
    func userPoolArns(_ text: String, _ valid: Bool) {
        #expect(ArnPatterns.isUserPoolArn(text) == valid)
    }

    @Test func certificateArnsGiveTheirPartitionAndRegion() {
        let arn = CertificateArn("arn:aws:acm:eu-west-1:\(Self.account):certificate/abc")
        #expect(arn?.partition == "aws" && arn?.region == "eu-west-1")
        let china = CertificateArn("arn:aws-cn:acm:cn-north-1:\(Self.account):certificate/1234-abcd-EF")
        #expect(china?.partition == "aws-cn" && china?.region == "cn-north-1")
    }

    @Test(arguments: [
        "arn:aws:acm:eu-west-1:\(account):certificate/", "arn:aws:acm:eu-west-1:\(account):certificate/a_b",
        "arn:aws:acm:eu-west-1:\(account):certificate/a:b", "arn:aws:acm::\(account):certificate/a",
        "arn:aws:iam::\(account):certificate/a", "arn:aws:acm:eu-west-1:12345678901:certificate/a",
        "arn:aws:acm:eu-west-1:\(account):cert/a", "arn:aws:acm:eu-west-1:\(account):certificate/é", "abc", "",
        "arn:aws:acm:eu-west-١:\(account):certificate/a",  // was accepted
    ])
    func notCertificateArns(_ text: String) {
        #expect(CertificateArn(text) == nil)
    }
}
