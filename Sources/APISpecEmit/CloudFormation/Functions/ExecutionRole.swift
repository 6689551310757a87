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

    func make<Sink: JSONSink>(into sink: inout Sink) {
        sink.object { sink in
            sink.key("AssumeRolePolicyDocument")
            sink.value(repeating: assumeRoleTexts, key: Self.service) { $0.value(Self.assumedByLambda) }
            sink.array("Policies") { sink in
                sink.object { sink in
                    sink.member("PolicyName", "function")
                    // Made into the sink statement by statement (`PolicyDocument.document`'s
                    // shape): a role per function, each made as values was written at about
                    // fifteen instructions a byte.
                    sink.object("PolicyDocument") { sink in
                        sink.member("Version", .string(PolicyDocument.version))
                        sink.array("Statement") { sink in statements(into: &sink) }
                    }
                }
            }
        }
    }

    private func statements<Sink: JSONSink>(into sink: inout Sink) {
        sink.object { sink in
            sink.member("Effect", "Allow")
            sink.array("Action") { sink in
                sink.value("logs:CreateLogStream")
                sink.value("logs:PutLogEvents")
            }
            sink.getAtt("Resource", logGroup, "Arn")
        }
        // X-Ray has no resource-level permissions.
        if function.settings.tracing == true {
            sink.object { sink in
                sink.member("Effect", "Allow")
                sink.array("Action") { sink in
                    sink.value("xray:PutTraceSegments")
                    sink.value("xray:PutTelemetryRecords")
                }
                sink.member("Resource", "*")
            }
        }
        for policy in function.settings.policies ?? [] {
            sink.object { sink in
                sink.member("Effect", .string(policy.effect.rawValue))
                sink.array("Action") { sink in
                    for action in policy.actions { sink.value(.string(action.value)) }
                }
                sink.array("Resource") { sink in
                    for resource in policy.resources { sink.value(text.value(resource.value)) }
                }
            }
        }
    }
}
