import APISpecCore

/// A function's resource's text at one indent, in the pieces every function shares: the text
/// before its code's folder, the text after it to the properties, and each member's text
/// after the bracket or comma before it, cut where its strings go (an integer's, and the
/// environment's, through its key), and the end. Cut once from the text of a function's
/// members as `FunctionProperties` makes them (`SharedText`).
final class FunctionPropertiesText: Sendable {
    let indent: Int
    let head: SharedPieces
    let metadataEnd: SharedPieces
    let runtime: SharedPieces
    let handler: SharedPieces
    let code: SharedPieces
    let role: SharedPieces
    let memory: SharedPieces
    let timeout: SharedPieces
    let architecture: SharedPieces
    let environmentKey: SharedPieces
    let tracing: SharedPieces
    let logging: SharedPieces
    let end: SharedPieces

    /// Where a member's value's nested lines indent from.
    var memberValueIndent: Int { indent + 2 }

    init(indent: Int) {
        self.indent = indent
        /// The text `write` makes as the one member of properties at `indent`, without the
        /// properties' brackets, cut at its `markers`.
        func cut(markers: Int = 0, _ write: @escaping (inout JSONTextSink<ChunkOutput>) -> Void) -> [[UInt8]] {
            let text = SharedText.text { out in
                var sink = JSONTextSink(out, indent: indent + 1)
                sink.object(write)
                out = sink.output
            }
            // `{` before the member, and a new line, spaces and `}` after it.
            return SharedText.split(Array(text[1..<(text.count - 2 - 2 * (indent + 1))]), markers: markers)
        }
        func member(markers: Int = 0, _ write: @escaping (inout JSONTextSink<ChunkOutput>) -> Void) -> SharedPieces {
            SharedPieces(cut(markers: markers, write))
        }
        /// The text of a member whose value is an integer, through its key.
        func key(_ write: @escaping (inout JSONTextSink<ChunkOutput>) -> Void) -> SharedPieces {
            var pieces = cut(write)
            precondition(pieces[0].last == UInt8(ascii: "0"), "the value is 0")
            pieces[0].removeLast()
            return SharedPieces(pieces)
        }
        let marker = SharedText.marker
        runtime = member(markers: 1) { FunctionProperties.runtime(marker(0), into: &$0) }
        handler = member(markers: 1) { FunctionProperties.handler(marker(0), into: &$0) }
        code = member(markers: 3) { FunctionProperties.code(bucket: marker(0), version: marker(1), name: marker(2), into: &$0) }
        role = member(markers: 1) { FunctionProperties.role(marker(0), into: &$0) }
        memory = key { FunctionProperties.memory(0, into: &$0) }
        timeout = key { FunctionProperties.timeout(0, into: &$0) }
        architecture = member(markers: 1) { FunctionProperties.architecture(marker(0), into: &$0) }
        environmentKey = key { sink in
            FunctionProperties.environmentKey(into: &sink)
            sink.value(.int(0))
        }
        tracing = member { FunctionProperties.tracing(into: &$0) }
        logging = member(markers: 1) { FunctionProperties.logging(marker(0), into: &$0) }

        // A function with only the members every function has, its strings marked: its text
        // is the head, its members, and the end.
        var settings = FunctionSettings()
        settings.code = marker(0)
        let function = FunctionProperties(
            functions: [Function(name: "f", settings: settings, provenance: Provenance(SourceLocation(file: "", line: 1, column: 1)))],
            index: 0,
            ids: ResourceNames.FunctionIDs(function: "F", role: marker(1), logGroup: marker(2)), codeBucket: nil,
            codeVersion: nil, text: TemplateText(parameterIDs: [:]))
        let pieces = SharedText.split(
            SharedText.text { function.writeMadeResource(type: FunctionProperties.type, indent: indent, into: &$0) }, markers: 3)
        head = SharedPieces(pieces[0])
        let beforeRole = [UInt8(ascii: "{")] + role[0]
        precondition(pieces[1].suffix(beforeRole.count).elementsEqual(beforeRole), "the properties start with the role")
        metadataEnd = SharedPieces(Array(pieces[1].dropLast(beforeRole.count)))
        precondition(pieces[3].starts(with: logging[1]), "the properties end with the logging")
        end = SharedPieces(Array(pieces[3].dropFirst(logging[1].count)))
    }
}
