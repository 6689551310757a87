import APISpecCore

/// Where a stage's access logs go: the log group ARN the spec names, or a log group this
/// template creates with the requested retention.
enum AccessLogDestination {
    /// `{DestinationArn, Format}` for the stage, or nil when it keeps no access log.
    static func settings(_ stage: Stage, in assembly: TemplateAssembly) -> JSONObject? {
        guard let log = stage.accessLog else { return nil }
        let destination: JSONValue
        if let arn = log.destination {
            destination = assembly.text.value(arn.value)
        } else {
            let id = assembly.claim(LogicalID.pascalCase(stage.name), suffix: "AccessLogGroup")
            var properties: JSONObject = [
                "LogGroupName": Intrinsic.sub("/aws/apigateway/${AWS::StackName}/\(LogGroupName.segment(stage.name))"),
            ]
            properties["RetentionInDays"] = log.retentionDays.map(JSONValue.int)
            assembly.add(id, Resource(type: "AWS::Logs::LogGroup", properties: properties))
            destination = Intrinsic.getAtt(id, "Arn")
        }
        return [
            "DestinationArn": destination,
            "Format": .string(AccessLogFormat.format(log, protocol: assembly.spec.apiProtocol)),
        ]
    }
}
