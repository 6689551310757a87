/// A function's role's text at one indent, in the pieces every role has: the text before its
/// log group's id, the text after it to the end of its first statement, the X-Ray statement,
/// and the end. Cut once from a role's own text (`SharedText`); a role written from them
/// writes only its log group's id and its `policies` (`ExecutionRole.writeResource`).
final class ExecutionRoleText: Sendable {
    let indent: Int
    let head: SharedPieces
    let logsEnd: SharedPieces
    /// The X-Ray statement, with the comma and new line before it.
    let tracing: SharedPieces
    let end: SharedPieces
    /// Where a further statement's nested lines indent from: twice as many spaces start its line.
    let statementIndent: Int

    init(indent: Int) {
        func text(tracing: Bool) -> (before: [UInt8], after: [UInt8]) {
            let pieces = SharedText.split(SharedText.text { out in
                ExecutionRole(
                    tracing: tracing, policies: [], logGroup: SharedText.marker(), text: TemplateText(parameterIDs: [:]),
                    assumeRoleTexts: RepeatedValues()
                ).writeMadeResource(type: ExecutionRole.type, indent: indent, into: &out)
            })
            return (pieces[0], pieces[1])
        }
        let untraced = text(tracing: false)
        let parts = SharedText.insertion(in: text(tracing: true).after, against: untraced.after)
        self.indent = indent
        head = SharedPieces(untraced.before)
        logsEnd = SharedPieces(parts.start)
        tracing = SharedPieces(parts.inserted)
        end = SharedPieces(parts.end)
        // `,`, a new line, then the statement's line's spaces.
        statementIndent = parts.inserted.dropFirst(2).prefix { $0 == UInt8(ascii: " ") }.count / 2
    }
}
