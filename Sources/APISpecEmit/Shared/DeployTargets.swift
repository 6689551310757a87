/// What only the deployment knows: how to point at functions, roles and parameters.
/// The OpenAPI builder asks these questions; the standalone emitter answers with text
/// placeholders, the CloudFormation emitter with `Fn::Sub` / `Ref` on its logical ids.
public protocol DeployTargets: Sendable {
    /// `x-amazon-apigateway-integration.uri` for a Lambda proxy integration of `function`.
    func lambdaInvokeURI(function: String) -> JSONValue
    /// `authorizerUri` for a Lambda authorizer backed by `function`.
    func authorizerURI(function: String) -> JSONValue
    /// `x-amazon-apigateway-integration.uri` of an AWS service integration: `arn:<partition>:apigateway:<region>:`
    /// followed by `resource` (`sqs:action/SendMessage`, `s3:path/bucket/key`), in the deployment's partition and region.
    func awsServiceURI(_ resource: String) -> JSONValue
    /// A spec string that may contain `${param:X}` / `${stage:X}` (see `SpecString`).
    func text(_ value: String) -> JSONValue
}
