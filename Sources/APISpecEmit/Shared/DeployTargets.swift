/// What only the deployment knows: how to point at functions, roles and parameters.
/// The OpenAPI builder asks these questions; the standalone emitter answers with text
/// placeholders, the CloudFormation emitter with `Fn::Sub` / `Ref` on its logical ids.
public protocol DeployTargets: Sendable {
    /// `x-amazon-apigateway-integration.uri` for a Lambda proxy integration of `function`.
    func lambdaInvokeURI(function: String) -> JSONValue
    /// The ARN by which `lambdaInvokeURI(function:)` invokes `function`: the rest of that URI
    /// is the same for every function.
    func invokedARN(_ function: String) -> String
    /// `authorizerUri` for a Lambda authorizer backed by `function`.
    func authorizerURI(function: String) -> JSONValue
    /// `x-amazon-apigateway-integration.uri` of an AWS service integration: `arn:<partition>:apigateway:<region>:`
    /// followed by `resource` (`sqs:action/SendMessage`, `s3:path/bucket/key`), in the deployment's partition and region.
    func awsServiceURI(_ resource: String) -> JSONValue
    /// A spec string that may contain `${param:X}` / `${stage:X}` (see `SpecString`). Text outside
    /// the references must come out literally (VTL templates contain `${...}` of their own).
    func text(_ value: String) -> JSONValue
    /// The token issuer of a Cognito user pool, `https://cognito-idp.<region>.amazonaws.com/<pool id>`,
    /// for HTTP APIs, which check Cognito tokens with a JWT authorizer. `userPoolARN` is a spec string.
    func cognitoIssuer(userPoolARN: String) -> JSONValue
}

extension DeployTargets {
    /// Reads region and pool id from the ARN (`arn:aws:cognito-idp:<region>:<account>:userpool/<id>`),
    /// written out or with references in its fields (rendered by `text`, they stay in place). An ARN that
    /// is one `${param:X}` reference is known only at deploy time: the issuer is written with the
    /// placeholders `${X.Region}` and `${X.PoolId}`, the two fields of that ARN, never as the ARN
    /// itself (API Gateway would accept no token). A deployment that can split the ARN
    /// (CloudFormation's `Fn::Split`) overrides this.
    public func cognitoIssuer(userPoolARN: String) -> JSONValue {
        let parts = SpecString(userPoolARN).parts
        if parts.count == 1, case .parameter(let name) = parts[0] {
            return .string("https://cognito-idp.${\(name).Region}.amazonaws.com/${\(name).PoolId}")
        }
        guard case .string(let rendered) = text(userPoolARN) else { return text(userPoolARN) }
        let fields = rendered.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 6, fields[5].hasPrefix("userpool/") else { return text(userPoolARN) }
        return .string("https://cognito-idp.\(fields[3]).amazonaws.com/\(fields[5].dropFirst("userpool/".count))")
    }
}
