/// A function's log group, which keeps its logs for `retentionDays` (forever when nil).
/// Given the function's name and retention, not the function: a copy of it retained each of
/// its parts.
struct FunctionLogGroup: MadeProperties {
    let name: String
    let retentionDays: Int?
    /// The text every log group shares, to write this one from; nil to make it into a sink.
    var shared: FunctionLogGroupText?

    static let type = "AWS::Logs::LogGroup"
    static let namePrefix = "/aws/lambda/${AWS::StackName}/"

    func make<Sink: JSONSink>(into sink: inout Sink) {
        sink.object { sink in
            sink.sub("LogGroupName", Self.namePrefix + LogGroupName.segment(name))
            if let days = retentionDays { sink.member(constant: "RetentionInDays", .int(days)) }
        }
    }

    /// Written from the text every log group shares (`FunctionLogGroupText`), its name's
    /// segment and retention between.
    func writeResource<Output: JSONOutput>(type: String, indent: Int, into output: inout Output) {
        guard let shared, indent == shared.indent, type == Self.type else {
            return writeMadeResource(type: type, indent: indent, into: &output)
        }
        output.append(shared: shared.head)
        LogGroupName.appendSegment(of: name, to: &output)
        output.append(shared: shared.nameEnd)
        if let retentionDays {
            output.append(shared: shared.retention)
            output.appendInt(retentionDays)
        }
        output.append(shared: shared.end)
    }
}
