/// A function's log group's text at one indent, in the pieces every one has: the text
/// before its name's segment, the text after it, the retention's key (with the comma and
/// new line before it), and the end. Cut once from a log group's own text (`SharedText`).
final class FunctionLogGroupText: Sendable {
    let indent: Int
    let head: SharedPieces
    let nameEnd: SharedPieces
    let retention: SharedPieces
    let end: SharedPieces

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
        head = SharedPieces(kept.before)
        nameEnd = SharedPieces(parts.start)
        retention = SharedPieces(Array(parts.inserted.dropLast()))
        end = SharedPieces(parts.end)
    }
}
