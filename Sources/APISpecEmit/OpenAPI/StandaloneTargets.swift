/// Deploy targets for a document that stands alone. What only a deployment knows is written
/// as CloudFormation-style placeholders (`${AWS::Region}`, `${AWS::AccountId}`,
/// `${AWS::Partition}`, `${ParamName}`), so the document reads plainly and a reviewer or a
/// `Fn::Sub` can fill them in. Lambda functions are named by their spec name.
struct StandaloneTargets: DeployTargets {
    /// Its parts copied once (`UTF8Bytes.joined`): concatenated and interpolated, it cost some
    /// 3,000 instructions a function.
    func lambdaInvokeURI(function: String) -> JSONValue {
        .string(UTF8Bytes.joined(Self.invokePrefix, function, Self.invokeSuffix))
    }

    func invokedARN(_ function: String) -> String { Self.functionARNPrefix + function }

    private static let functionARNPrefix = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:"
    private static let invokePrefix = "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/" + functionARNPrefix
    private static let invokeSuffix = "/invocations"

    /// A Lambda authorizer is invoked through the same API Gateway path as a proxy integration.
    func authorizerURI(function: String) -> JSONValue { lambdaInvokeURI(function: function) }

    func awsServiceURI(_ resource: String) -> JSONValue {
        .string("arn:${AWS::Partition}:apigateway:${AWS::Region}:\(resource)")
    }

    func text(_ value: String) -> JSONValue {
        .string(
            SpecString(value).parts.map { part in
                switch part {
                case .text(let text): return text
                case .parameter(let name): return "${\(name)}"
                case .stageVariable(let name): return SpecString.stageVariable(name)
                }
            }.joinedText())
    }
}
