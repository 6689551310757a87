/// A function's log group's text at one indent, in the pieces every one has: the text
/// before its name's segment, the text after it, the retention's key (with the comma and
/// new line before it), and the end. Cut once from a log group's own text (`SharedText`).
struct FunctionLogGroupText {
    let indent: Int
    let head: [UInt8]
    let nameEnd: [UInt8]
    let retention: [UInt8]
    let end: [UInt8]

    init(indent: Int) {
        func text(retentionDays: Int?) -> (before: [UInt8], after: [UInt8]) {
            let pieces = SharedText.split(SharedText.text { out in
                FunctionLogGroup(name: SharedText.marker(), retentionDays: retentionDays)
                    .writeMadeResource(type: FunctionLogGroup.type, indent: indent, into: &out)
            })
            return (pieces[0], pieces[1])
        }
        let kept = text(retentionDays: nil)
        let parts = SharedText.insertion(in: text(retentionDays: 0).after, against: kept.after)
        precondition(parts.inserted.last == UInt8(ascii: "0"), "the retention ends with its days")
        self.indent = indent
        head = kept.before
        nameEnd = parts.start
        retention = parts.inserted.dropLast()
        end = parts.end
    }

    /// At the indent a written template's resources are at.
    static let ofResources = FunctionLogGroupText(indent: TemplateWriter.resourceIndent)
}
