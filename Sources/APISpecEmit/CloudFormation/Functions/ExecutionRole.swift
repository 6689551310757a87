import APISpecCore

/// A function's own least-privilege role: write to its log group, send traces when tracing
/// is on, and whatever its `policies` grant. Nothing else.
struct ExecutionRole: MadeProperties {
    let function: Function
    /// The function's log group's logical id.
    let logGroup: String
    let text: TemplateText
    /// `TemplateAssembly.assumeRoleTexts`.
    let assumeRoleTexts: RepeatedValues<String>

    /// Lambda assumes every function's role: one document for all of them, made once and
    /// written once.
    private static let service = "lambda.amazonaws.com"
    private static let assumedByLambda = PolicyDocument.assumeRole(service: service)
    /// Made once, as every traced function has it. X-Ray has no resource-level permissions.
    private static let tracing: JSONValue = [
        "Effect": "Allow",
        "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
        "Resource": "*",
    ]

    func make<Sink: JSONSink>(into sink: inout Sink) {
        var statements: [JSONValue] = [[
            "Effect": "Allow",
            "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
            "Resource": Intrinsic.getAtt(logGroup, "Arn"),
        ]]
        if function.settings.tracing == true { statements.append(Self.tracing) }
        for policy in function.settings.policies ?? [] {
            statements.append([
                "Effect": .string(policy.effect.rawValue),
                "Action": .array(policy.actions.map { .string($0.value) }),
                "Resource": .array(policy.resources.map { text.value($0.value) }),
            ])
        }
        sink.object { sink in
            sink.key("AssumeRolePolicyDocument")
            sink.value(repeating: assumeRoleTexts, key: Self.service) { $0.value(Self.assumedByLambda) }
            sink.array("Policies") { sink in
                sink.object { sink in
                    sink.member("PolicyName", "function")
                    sink.member("PolicyDocument", PolicyDocument.document(statements))
                }
            }
        }
    }
}
