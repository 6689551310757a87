/// A function's role's text at one indent, in the pieces every role has: the text before its
/// log group's id, the text after it to the end of its first statement, the X-Ray statement,
/// and the end. Cut once from a role's own text (`SharedText`); a role written from them
/// writes only its log group's id and its `policies` (`ExecutionRole.writeResource`).
struct ExecutionRoleText {
    let indent: Int
    let head: [UInt8]
    let logsEnd: [UInt8]
    /// The X-Ray statement, with the comma and new line before it.
    let tracing: [UInt8]
    let end: [UInt8]
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
        head = untraced.before
        logsEnd = parts.start
        tracing = parts.inserted
        end = parts.end
        // `,`, a new line, then the statement's line's spaces.
        statementIndent = tracing.dropFirst(2).prefix { $0 == UInt8(ascii: " ") }.count / 2
    }

    /// At the indent a written template's resources are at.
    static let ofResources = ExecutionRoleText(indent: TemplateWriter.resourceIndent)
}
