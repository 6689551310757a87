import APISpecCore

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
    /// A policy's statement whose resources are plain strings: the text before its effect,
    /// from it to its first action, from its last action to its first resource, and after its
    /// last resource (`ExecutionRole.write(_:shared:into:)`).
    let statement: SharedPieces
    /// Between two actions, or two resources: the quotes around the comma, new line and spaces.
    let nextItem: SharedPieces

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
        let statementIndent = parts.inserted.dropFirst(2).prefix { $0 == UInt8(ascii: " ") }.count / 2
        self.statementIndent = statementIndent

        // A statement allowing one action on one resource, the two marked, cut around its effect too.
        let location = SourceLocation(file: "", line: 1, column: 1)
        let policy = PolicyStatement(
            effect: .Allow, actions: [Located(SharedText.marker(0), at: location)],
            resources: [Located(SharedText.marker(1), at: location)], provenance: Provenance(location))
        let pieces = SharedText.split(SharedText.text { out in
            var sink = JSONTextSink(out, indent: statementIndent)
            ExecutionRole(
                tracing: false, policies: [], logGroup: "", text: TemplateText(parameterIDs: [:]), assumeRoleTexts: RepeatedValues()
            ).statement(policy, into: &sink)
            out = sink.output
        }, markers: 2)
        let effect = Array(PolicyStatement.Effect.Allow.rawValue.utf8)
        let places = pieces[0].indices.dropLast(effect.count - 1).filter {
            pieces[0][$0..<$0 + effect.count].elementsEqual(effect)
        }
        precondition(places.count == 1, "the effect is in the statement's start once")
        statement = SharedPieces([
            Array(pieces[0][..<places[0]]), Array(pieces[0][(places[0] + effect.count)...]), pieces[1], pieces[2],
        ])
        // An item's line: its spaces, then its opening quote.
        let itemStart = pieces[0].reversed().prefix { $0 != UInt8(ascii: "\n") }.reversed()
        nextItem = SharedPieces(Array("\",\n".utf8) + itemStart)
    }
}
