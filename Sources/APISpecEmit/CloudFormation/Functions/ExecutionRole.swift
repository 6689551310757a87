import APISpecCore

/// A function's own least-privilege role: write to its log group, send traces when tracing
/// is on, and whatever its `policies` grant. Nothing else.
enum ExecutionRole {
    static func resource(_ function: Function, logGroup: String, text: TemplateText) -> Resource {
        var statements: [JSONValue] = [[
            "Effect": "Allow",
            "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
            "Resource": Intrinsic.getAtt(logGroup, "Arn"),
        ]]
        if function.settings.tracing == true {
            // X-Ray has no resource-level permissions.
            statements.append([
                "Effect": "Allow",
                "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                "Resource": "*",
            ])
        }
        for policy in function.settings.policies ?? [] {
            statements.append([
                "Effect": .string(policy.effect.rawValue),
                "Action": .array(policy.actions.map { .string($0.value) }),
                "Resource": .array(policy.resources.map { text.value($0.value) }),
            ])
        }
        return Resource(type: "AWS::IAM::Role", properties: [
            "AssumeRolePolicyDocument": PolicyDocument.assumeRole(service: "lambda.amazonaws.com"),
            "Policies": [[
                "PolicyName": "function",
                "PolicyDocument": PolicyDocument.document(statements),
            ]],
        ])
    }
}
