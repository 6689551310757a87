import APISpecCore

/// A function's own least-privilege role: write to its log group, send traces when tracing
/// is on, and whatever its `policies` grant. Nothing else.
struct ExecutionRole: MadeProperties {
    /// Whether the function sends traces (`FunctionSettings.tracing`).
    let tracing: Bool
    /// What the function's `policies` grant.
    let policies: [PolicyStatement]
    /// The function's log group's logical id.
    let logGroup: String
    let text: TemplateText
    /// `TemplateAssembly.assumeRoleTexts`.
    let assumeRoleTexts: RepeatedValues<String>
    /// The text every role shares, to write this one from; nil to make it into a sink.
    var shared: ExecutionRoleText?

    static let type = "AWS::IAM::Role"

    /// Lambda assumes every function's role: one document for all of them, made once and
    /// written once.
    private static let service = "lambda.amazonaws.com"
    private static let assumedByLambda = PolicyDocument.assumeRole(service: service)

    func make<Sink: JSONSink>(into sink: inout Sink) {
        sink.object { sink in
            sink.key(constant: "AssumeRolePolicyDocument")
            sink.value(repeating: assumeRoleTexts, key: Self.service) { $0.value(Self.assumedByLambda) }
            sink.array(constant: "Policies") { sink in
                sink.object { sink in
                    sink.member(constant: "PolicyName", constant: "function")
                    // Made into the sink statement by statement (`PolicyDocument.document`'s
                    // shape): a role per function, each made as values was written at about
                    // fifteen instructions a byte.
                    sink.object(constant: "PolicyDocument") { sink in
                        sink.member(constant: "Version", constant: PolicyDocument.version)
                        sink.array(constant: "Statement") { sink in statements(into: &sink) }
                    }
                }
            }
        }
    }

    /// Written from the text every role shares (`ExecutionRoleText`), its own parts between:
    /// made into a sink, a role was some 9,000 instructions.
    func writeResource<Output: JSONOutput>(type: String, indent: Int, into output: inout Output) {
        guard let shared, indent == shared.indent, type == Self.type else {
            return writeMadeResource(type: type, indent: indent, into: &output)
        }
        output.append(shared: shared.head)
        JSONWriter.writeStringContent(logGroup, into: &output)
        output.append(shared: shared.logsEnd)
        if tracing { output.append(shared: shared.tracing) }
        for policy in policies {
            output.appendEntryStart(UInt8(ascii: ","), spaces: 2 * shared.statementIndent)
            write(policy, shared: shared, into: &output)
        }
        output.append(shared: shared.end)
    }

    /// The statement of one of the function's `policies`, from the pieces every statement has
    /// when its resources are plain strings (no `$`), as most are; else made into a sink.
    private func write<Output: JSONOutput>(_ policy: PolicyStatement, shared: ExecutionRoleText, into output: inout Output) {
        guard !policy.actions.isEmpty, !policy.resources.isEmpty,
              policy.resources.allSatisfy({ !UTF8Bytes.contains(UInt8(ascii: "$"), in: $0.value) })
        else {
            var sink = JSONTextSink(output, indent: shared.statementIndent)
            statement(policy, into: &sink)
            output = sink.output
            return
        }
        let pieces = shared.statement
        output.append(bytes: pieces[0])
        output.append(policy.effect.rawValue)
        output.append(bytes: pieces[1])
        for (index, action) in policy.actions.enumerated() {
            if index > 0 { output.append(shared: shared.nextItem) }
            JSONWriter.writeStringContent(action.value, into: &output)
        }
        output.append(bytes: pieces[2])
        for (index, resource) in policy.resources.enumerated() {
            if index > 0 { output.append(shared: shared.nextItem) }
            JSONWriter.writeStringContent(resource.value, into: &output)
        }
        output.append(bytes: pieces[3])
    }

    private func statements<Sink: JSONSink>(into sink: inout Sink) {
        sink.object { sink in
            sink.member(constant: "Effect", constant: "Allow")
            sink.array(constant: "Action") { sink in
                sink.value(constant: "logs:CreateLogStream")
                sink.value(constant: "logs:PutLogEvents")
            }
            sink.getAtt("Resource", logGroup, "Arn")
        }
        // X-Ray has no resource-level permissions.
        if tracing {
            sink.object { sink in
                sink.member(constant: "Effect", constant: "Allow")
                sink.array(constant: "Action") { sink in
                    sink.value(constant: "xray:PutTraceSegments")
                    sink.value(constant: "xray:PutTelemetryRecords")
                }
                sink.member(constant: "Resource", constant: "*")
            }
        }
        for policy in policies { statement(policy, into: &sink) }
    }

    /// The statement of one of the function's `policies`.
    func statement<Sink: JSONSink>(_ policy: PolicyStatement, into sink: inout Sink) {
        sink.object { sink in
            sink.member(constant: "Effect", .string(policy.effect.rawValue))
            sink.array(constant: "Action") { sink in
                for action in policy.actions { sink.value(.string(action.value)) }
            }
            sink.array(constant: "Resource") { sink in
                for resource in policy.resources { sink.value(text.value(resource.value)) }
            }
        }
    }
}
