/// Deploy targets for a document that stands alone. What only a deployment knows is written
/// as CloudFormation-style placeholders (`${AWS::Region}`, `${AWS::AccountId}`,
/// `${AWS::Partition}`, `${ParamName}`), so the document reads plainly and a reviewer or a
/// `Fn::Sub` can fill them in. Lambda functions are named by their spec name.
struct StandaloneTargets: DeployTargets {
    /// Its parts' bytes copied into a string's storage made for them: concatenated and
    /// interpolated, it cost some 3,000 instructions a function.
    func lambdaInvokeURI(function: String) -> JSONValue {
        var function = function
        return function.withUTF8 { name in
            .string(String(unsafeUninitializedCapacity: Self.invokePrefix.count + name.count + Self.invokeSuffix.count) { storage in
                var end = storage.initialize(fromContentsOf: Self.invokePrefix)
                end += UnsafeMutableBufferPointer(rebasing: storage[end...]).initialize(fromContentsOf: name)
                end += UnsafeMutableBufferPointer(rebasing: storage[end...]).initialize(fromContentsOf: Self.invokeSuffix)
                return end
            })
        }
    }

    private static let invokePrefix = Array(
        "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:"
            .utf8)
    private static let invokeSuffix = Array("/invocations".utf8)

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
