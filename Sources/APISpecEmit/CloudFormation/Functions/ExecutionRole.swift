import APISpecCore

/// A function's own least-privilege role: write to its log group, send traces when tracing
/// is on, and whatever its `policies` grant. Nothing else.
enum ExecutionRole {
    /// Lambda assumes every function's role: one document for all of them, made once.
    private static let assumedByLambda = PolicyDocument.assumeRole(service: "lambda.amazonaws.com")
    /// Made once, as every traced function has it. X-Ray has no resource-level permissions.
    private static let tracing: JSONValue = [
        "Effect": "Allow",
        "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
        "Resource": "*",
    ]

    static func resource(_ function: Function, logGroup: String, text: TemplateText) -> Resource {
        var statements: [JSONValue] = [[
            "Effect": "Allow",
            "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
            "Resource": Intrinsic.getAtt(logGroup, "Arn"),
        ]]
        if function.settings.tracing == true { statements.append(tracing) }
        for policy in function.settings.policies ?? [] {
            statements.append([
                "Effect": .string(policy.effect.rawValue),
                "Action": .array(policy.actions.map { .string($0.value) }),
                "Resource": .array(policy.resources.map { text.value($0.value) }),
            ])
        }
        return Resource(type: "AWS::IAM::Role", properties: [
            "AssumeRolePolicyDocument": assumedByLambda,
            "Policies": [[
                "PolicyName": "function",
                "PolicyDocument": PolicyDocument.document(statements),
            ]],
        ])
    }
}
