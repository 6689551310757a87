/// Writes what it is given as `JSONWriter` writes the value it makes up: the same text,
/// byte for byte.
struct JSONTextSink<Output: JSONOutput>: JSONSink {
    var output: Output
    /// Where a value given at the top indents its nested lines from.
    let indent: Int
    /// The open objects and arrays, innermost last.
    private var open: [OpenContainer] = []

    init(_ output: Output, indent: Int) {
        self.output = output
        self.indent = indent
    }

    mutating func begin(_ container: JSONContainer) {
        let indent = startValue()
        switch container {
        case .object: open.append(.object(JSONWriter.ObjectWriter(indent: indent)))
        case .array: open.append(.array(JSONWriter.ArrayWriter(indent: indent)))
        }
    }

    mutating func end() {
        switch open.removeLast() {
        case .object(let object): object.close(&output)
        case .array(let array): array.close(&output)
        }
    }

    mutating func key(_ key: String) {
        guard case .object(var object)? = open.popLast() else { preconditionFailure("a key belongs to an object") }
        object.add(key, into: &output) { _ in }
        open.append(.object(object))
    }

    mutating func value(_ value: JSONValue) {
        JSONWriter.write(value, indent: startValue(), into: &output)
    }

    /// Starts the next value where it goes (after its key in an object, as the next item of
    /// an array, or at the top); returns where its nested lines indent from.
    private mutating func startValue() -> Int {
        switch open.last {
        case nil: return indent
        case .object(let object)?: return object.valueIndent
        case .array(var array)?:
            array.add(into: &output) { _ in }
            open[open.count - 1] = .array(array)
            return array.itemIndent
        }
    }
}

/// An object or an array a `JSONTextSink` has open. Outside the sink, which is generic: a list
/// of a type nested in a generic one is made by the runtime only after it looks up the sink's
/// conformances, some 150,000 instructions at the start of every run.
private enum OpenContainer {
    case object(JSONWriter.ObjectWriter)
    case array(JSONWriter.ArrayWriter)
}
