/// Writes what it is given as `JSONWriter` writes the value it makes up: the same text,
/// byte for byte.
struct JSONTextSink<Output: JSONOutput>: JSONSink {
    var output: Output
    /// Where a value given at the top indents its nested lines from.
    let indent: Int
    /// The open objects and arrays: a container at depth `d` (the outermost at 0) has its
    /// closing bracket at `indent + d`, and its entries' nested lines indent from one more.
    private var open = OpenContainers()

    init(_ output: Output, indent: Int) {
        self.output = output
        self.indent = indent
    }

    mutating func begin(_ container: JSONContainer) {
        startValue()
        open.open(container)
    }

    mutating func end() {
        let closed = open.close()
        JSONWriter.close(opening: closed.container.opening, closing: closed.container.closing,
                         empty: !closed.hadEntries, indent: indent + open.depth, into: &output)
    }

    mutating func key(_ key: String) {
        startMember()
        output.appendKey(key)
    }

    mutating func key(constant key: StaticString) {
        startMember()
        output.appendKey(constant: key)
    }

    /// Starts the next member of the innermost open object, up to its key.
    @inline(__always)
    private mutating func startMember() {
        precondition(open.innermostIsObject, "a key belongs to an object")
        JSONWriter.startEntry(first: !open.addEntry(), opening: JSONContainer.object.opening,
                              indent: indent + open.depth - 1, into: &output)
    }

    mutating func value(_ value: JSONValue) {
        JSONWriter.write(value, indent: startValue(), into: &output)
    }

    mutating func value(bytes: UnsafeBufferPointer<UInt8>) {
        startValue()
        output.appendString(bytes: bytes)
    }

    mutating func value<Key: Equatable>(repeating values: RepeatedValues<Key>, key: Key, _ write: (inout Self) -> Void) {
        // A member's value starts right after its key: its text is all the value writes.
        guard open.innermostIsObject, let mark = output.mark else { return write(&self) }
        let indent = indent + open.depth
        if let text = values.text(of: key, indent: indent), output.append(written: text) { return }
        write(&self)
        values.keep(key, indent: indent) { output.record(since: mark, in: &$0) }
    }

    mutating func members<Key: Equatable>(repeating values: RepeatedValues<Key>, key: Key, _ write: (inout Self) -> Void) {
        members(repeating: values, key: key, write, shaped: { _ in nil }) { values.keep(key, indent: $0, $1) }
    }

    mutating func members<Key: ShapedKey>(
        repeating values: RepeatedValues<Key>, key: Key, piece: () -> String, _ write: (inout Self) -> Void
    ) {
        members(repeating: values, key: key, write, shaped: { values.text(of: key, indent: $0, piece: piece) }) {
            values.keep(key, indent: $0, piece: piece, $1)
        }
    }

    /// The members of `key`: its text if held, or made by `shaped` from another's at a place,
    /// else written and kept by `keep` at its place.
    @inline(__always)
    private mutating func members<Key: Equatable>(
        repeating values: RepeatedValues<Key>, key: Key, _ write: (inout Self) -> Void,
        shaped: (Int) -> WrittenText?, keep: (Int, (inout WrittenText) -> Bool) -> Void
    ) {
        guard open.innermostIsObject, let mark = output.mark else { return write(&self) }
        // The first member's start opens the object: members are held by whether they open
        // it as well as by their indent.
        let place = 2 * (indent + open.depth) + (open.innermostHasEntries ? 1 : 0)
        if let text = values.text(of: key, indent: place) ?? shaped(place), output.append(written: text) {
            if text.count > 0 { _ = open.addEntry() }
            return
        }
        write(&self)
        keep(place) { output.record(since: mark, in: &$0) }
    }

    mutating func openObject<Key: ShapedKey>(
        _ memberKey: StaticString, repeating values: RepeatedValues<Key>, key: Key, piece: () -> String,
        _ write: (inout Self) -> Void
    ) {
        guard open.innermostIsObject, let mark = output.mark else {
            self.key(constant: memberKey)
            begin(.object)
            return write(&self)
        }
        let place = 2 * (indent + open.depth) + (open.innermostHasEntries ? 1 : 0)
        if let text = values.text(of: key, indent: place) ?? values.text(of: key, indent: place, piece: piece),
           output.append(written: text) {
            _ = open.addEntry()
            open.open(.object)
            // Only texts of objects with members are kept.
            _ = open.addEntry()
            return
        }
        self.key(constant: memberKey)
        begin(.object)
        write(&self)
        guard open.innermostHasEntries else { return }
        values.keep(key, indent: place, piece: piece) { output.record(since: mark, in: &$0) }
    }

    /// Starts the next value where it goes (after its key in an object, as the next item of
    /// an array, or at the top); returns where its nested lines indent from.
    @discardableResult
    private mutating func startValue() -> Int {
        if open.innermostIsArray {
            JSONWriter.startEntry(first: !open.addEntry(), opening: JSONContainer.array.opening,
                                  indent: indent + open.depth - 1, into: &output)
        }
        return indent + open.depth
    }
}
