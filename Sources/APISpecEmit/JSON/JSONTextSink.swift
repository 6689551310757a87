/// Writes what it is given as `JSONWriter` writes the value it makes up: the same text,
/// byte for byte.
struct JSONTextSink<Output: JSONOutput>: JSONSink {
    var output: Output
    /// Where a value given at the top indents its nested lines from.
    let indent: Int
    /// The innermost open object or array, which every key and value goes to: held apart
    /// from the others, so that a member does not take it out of a list and put it back.
    private var innermost: OpenContainer?
    /// The other open objects and arrays, innermost last.
    private var outer: [OpenContainer] = []

    init(_ output: Output, indent: Int) {
        self.output = output
        self.indent = indent
    }

    mutating func begin(_ container: JSONContainer) {
        let indent = startValue()
        if let innermost { outer.append(innermost) }
        switch container {
        case .object: innermost = .object(JSONWriter.ObjectWriter(indent: indent))
        case .array: innermost = .array(JSONWriter.ArrayWriter(indent: indent))
        }
    }

    mutating func end() {
        switch innermost {
        case .object(let object)?: object.close(&output)
        case .array(let array)?: array.close(&output)
        case nil: preconditionFailure("end() closes an open object or array")
        }
        innermost = outer.popLast()
    }

    mutating func key(_ key: String) {
        guard case .object(var object)? = innermost else { preconditionFailure("a key belongs to an object") }
        object.add(key, into: &output) { _ in }
        innermost = .object(object)
    }

    mutating func value(_ value: JSONValue) {
        JSONWriter.write(value, indent: startValue(), into: &output)
    }

    mutating func value<Key: Equatable>(repeating values: RepeatedValues<Key>, key: Key, _ write: (inout Self) -> Void) {
        // A member's value starts right after its key: its text is all the value writes.
        guard case .object(let object)? = innermost, let mark = output.mark else { return write(&self) }
        let indent = object.valueIndent
        if let text = values.text(of: key, indent: indent), output.append(written: text) { return }
        write(&self)
        values.keep(key, indent: indent) { output.record(since: mark, in: &$0) }
    }

    /// Starts the next value where it goes (after its key in an object, as the next item of
    /// an array, or at the top); returns where its nested lines indent from.
    private mutating func startValue() -> Int {
        switch innermost {
        case nil: return indent
        case .object(let object)?: return object.valueIndent
        case .array(var array)?:
            array.add(into: &output) { _ in }
            innermost = .array(array)
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
