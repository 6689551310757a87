/// CloudFormation's intrinsic functions, as JSON values.
enum Intrinsic {
    static func ref(_ logicalID: String) -> JSONValue { ["Ref": .string(logicalID)] }

    static func getAtt(_ logicalID: String, _ attribute: String) -> JSONValue {
        ["Fn::GetAtt": [.string(logicalID), .string(attribute)]]
    }

    static func sub(_ template: String) -> JSONValue { ["Fn::Sub": .string(template)] }

    /// `arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${api}/<path>`:
    /// what API Gateway presents as `SourceArn` when it invokes a function.
    static func executeAPIARN(api: String, path: String) -> JSONValue {
        // One per route: written into one buffer of the right size, not appended piece by piece.
        let start = "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
        var bytes: [UInt8] = []
        bytes.reserveCapacity(start.utf8.count + api.utf8.count + 2 + path.utf8.count)
        UTF8Bytes.append(start, to: &bytes)
        UTF8Bytes.append(api, to: &bytes)
        UTF8Bytes.append("}/", to: &bytes)
        UTF8Bytes.append(path, to: &bytes)
        return sub(String(decoding: bytes, as: UTF8.self))
    }

    /// The URI API Gateway calls to invoke a Lambda function (proxy integrations and authorizers alike);
    /// `functionARN` is a `Fn::Sub` reference such as `${ListPetsFunction.Arn}`.
    static func lambdaInvocationURI(functionARN: String) -> JSONValue {
        sub(UTF8Bytes.joined("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/", functionARN, "/invocations"))
    }
}
