import APISpecCore

/// Writes a `JSONValue` deterministically: two-space indent, keys in insertion order,
/// integers without a fraction, doubles in their shortest round-trip form, a trailing newline.
///
/// The text is written as UTF-8 bytes straight into the string's storage, after a first
/// pass that counts them: appending to a `String` piece by piece cost about 85
/// instructions per byte, and counting alone is what the template size rules need.
/// `stream` hands the bytes on in chunks instead, for `emit` to write them to a file.
public enum JSONWriter {
    public static func write(_ value: JSONValue) -> String {
        let count = byteCount(value)
        return String(unsafeUninitializedCapacity: count) { storage in
            var output = BufferOutput(buffer: storage)
            document(value, into: &output)
            assert(output.position == count, "the count and the text must come from the same traversal")
            return output.position
        }
    }

    /// What `write` writes into the output, handed to `send` in chunks of at most `chunkSize`
    /// bytes as it is written: no output-sized buffer and no counting pass. `send` returns
    /// false when it failed; nothing more is sent then, and this returns false. `lender`, when
    /// given, lends room for chunks to be written in place (`ChunkOutput.lender`), which may
    /// make them longer.
    static func stream(
        chunkSize: Int, to send: (UnsafeRawBufferPointer) -> Bool, lender: ChunkLender? = nil,
        _ write: (inout ChunkOutput) -> Void
    ) -> Bool {
        withoutActuallyEscaping(send) { send in
            var output = ChunkOutput(capacity: chunkSize, send: send, lender: lender)
            write(&output)
            output.flush()
            output.storage.deallocate()
            return !output.failed
        }
    }

    /// The length in bytes of `write(value)`, without writing it.
    public static func byteCount(_ value: JSONValue) -> Int {
        var output = CountingOutput()
        document(value, into: &output)
        return output.count
    }

    /// The bytes of `string` inside a JSON string, quotes left out: JSON escapes each
    /// character on its own, so the pieces of a string add up to the string's.
    static func contentByteCount(_ string: String) -> Int {
        var output = CountingOutput()
        writeStringContent(string, into: &output)
        return output.count
    }

    static func document<Output: JSONOutput>(_ value: JSONValue, into out: inout Output) {
        write(value, indent: 0, into: &out)
        out.append(newline)
    }

    /// `value`'s text, where `value` holds `{}` at the object keys `path` lead to (from the
    /// top), and that object's members are made by `members` while it is written: a
    /// document's largest part (an OpenAPI document's paths) is then never held whole.
    static func document<Output: JSONOutput, Members: ObjectFilling>(
        _ value: JSONValue, filling path: [String], with members: Members, into out: inout Output
    ) {
        write(value, indent: 0, filling: path[...], with: members, into: &out)
        out.append(newline)
    }

    /// `write`, with the object at `path` (below `value`) made by `members`.
    static func write<Output: JSONOutput, Members: ObjectFilling>(
        _ value: JSONValue, indent: Int, filling path: ArraySlice<String>, with members: Members, into out: inout Output
    ) {
        guard let key = path.first else {
            var filled = ObjectWriter(indent: indent)
            members.fill(&filled, into: &out)
            return filled.close(&out)
        }
        guard case .object(let object) = value else { return write(value, indent: indent, into: &out) }
        var writer = ObjectWriter(indent: indent)
        for (name, value) in object {
            guard name == key else {
                writer.add(name, value, into: &out)
                continue
            }
            writer.add(key, into: &out) { out in
                write(value, indent: indent + 1, filling: path.dropFirst(), with: members, into: &out)
            }
        }
        writer.close(&out)
    }

    /// `value`'s text, its nested lines indented one level deeper than `indent`. A string,
    /// the commonest value, is written here without a call to the whole switch.
    @inline(__always)
    static func write<Output: JSONOutput>(_ value: JSONValue, indent: Int, into out: inout Output) {
        guard case .string(let string) = value else { return writeAny(value, indent: indent, into: &out) }
        out.appendString(string)
    }

    private static func writeAny<Output: JSONOutput>(_ value: JSONValue, indent: Int, into out: inout Output) {
        switch value {
        case .null: out.append("null")
        case .bool(let bool): out.append(bool ? "true" : "false")
        case .int(let int): out.appendInt(int)
        case .double(let double): out.append(format(double))
        case .string(let string): out.appendString(string)
        case .array(let items):
            var array = ArrayWriter(indent: indent)
            for item in items { array.add(item, into: &out) }
            array.close(&out)
        case .object(let members):
            var object = ObjectWriter(indent: indent)
            for (key, value) in members { object.add(key, value, into: &out) }
            object.close(&out)
        }
    }

    /// Writes an object member by member, its closing brace at `indent`: what `write` does
    /// with an object, and what writes or counts one whose members are never all held. Not
    /// generic itself (its methods are): a list of them, which a writer keeps of what it has
    /// open, is then a type the runtime makes without looking up a conformance first.
    struct ObjectWriter {
        private var members: Entries
        var count: Int { members.count }

        init(indent: Int) { members = Entries(indent: indent, opening: UInt8(ascii: "{"), closing: UInt8(ascii: "}")) }

        /// Where a member's nested lines are indented from.
        var valueIndent: Int { members.indent + 1 }

        mutating func add<Output: JSONOutput>(_ key: String, _ value: JSONValue, into out: inout Output) {
            let valueIndent = valueIndent
            add(key, into: &out) { JSONWriter.write(value, indent: valueIndent, into: &$0) }
        }

        /// A member whose value holds `{}` at `path`, made there by `members`.
        mutating func add<Output: JSONOutput, Members: ObjectFilling>(
            _ key: String, _ value: JSONValue, filling path: [String], with members: Members, into out: inout Output
        ) {
            let valueIndent = valueIndent
            add(key, into: &out) { JSONWriter.write(value, indent: valueIndent, filling: path[...], with: members, into: &$0) }
        }

        /// A member whose value `writeValue` writes.
        mutating func add<Output: JSONOutput>(_ key: String, into out: inout Output, _ writeValue: (inout Output) -> Void) {
            members.start(&out)
            out.appendKey(key)
            writeValue(&out)
        }

        /// `add(_:into:_:)` for a key given as its UTF-8 bytes.
        mutating func add<Output: JSONOutput>(
            key: UnsafeBufferPointer<UInt8>, into out: inout Output, _ writeValue: (inout Output) -> Void
        ) {
            members.start(&out)
            out.appendKey(bytes: key)
            writeValue(&out)
        }

        func close<Output: JSONOutput>(_ out: inout Output) { members.close(&out) }
    }

    /// Writes an array item by item, its closing bracket at `indent`, like `ObjectWriter`.
    struct ArrayWriter {
        private var items: Entries
        var count: Int { items.count }

        init(indent: Int) { items = Entries(indent: indent, opening: UInt8(ascii: "["), closing: UInt8(ascii: "]")) }

        /// Where an item's nested lines are indented from.
        var itemIndent: Int { items.indent + 1 }

        mutating func add<Output: JSONOutput>(_ item: JSONValue, into out: inout Output) {
            let itemIndent = itemIndent
            add(into: &out) { JSONWriter.write(item, indent: itemIndent, into: &$0) }
        }

        /// An item that `writeItem` writes.
        mutating func add<Output: JSONOutput>(into out: inout Output, _ writeItem: (inout Output) -> Void) {
            items.start(&out)
            writeItem(&out)
        }

        func close<Output: JSONOutput>(_ out: inout Output) { items.close(&out) }
    }

    /// The separators and indentation of an object's members or an array's items, and the
    /// closing bracket: what `ObjectWriter` and `ArrayWriter` share.
    private struct Entries {
        let indent: Int
        let opening: UInt8
        let closing: UInt8
        private(set) var count = 0

        /// Starts the next entry: the bracket or comma before it, then its line's indentation.
        mutating func start<Output: JSONOutput>(_ out: inout Output) {
            JSONWriter.startEntry(first: count == 0, opening: opening, indent: indent, into: &out)
            count += 1
        }

        func close<Output: JSONOutput>(_ out: inout Output) {
            JSONWriter.close(opening: opening, closing: closing, empty: count == 0, indent: indent, into: &out)
        }
    }

    /// Starts an entry of a container whose closing bracket is at `indent`: its opening
    /// bracket (before the first) or a comma, then the entry's line's indentation.
    @inline(__always)
    static func startEntry<Output: JSONOutput>(first: Bool, opening: UInt8, indent: Int, into out: inout Output) {
        out.appendEntryStart(first ? opening : comma, spaces: 2 * (indent + 1))
    }

    /// Closes a container at `indent`: `{}` or `[]` when it is empty, else its closing
    /// bracket on a line of its own.
    static func close<Output: JSONOutput>(opening: UInt8, closing: UInt8, empty: Bool, indent: Int, into out: inout Output) {
        guard empty else { return out.appendEntriesEnd(closing, spaces: 2 * indent) }
        out.append(opening)
        out.append(closing)
    }

    private static let newline = UInt8(ascii: "\n")
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// Whole doubles print as integers (`2.0` -> `2`); JSON has no NaN or infinity, so they print as null.
    static func format(_ double: Double) -> String {
        guard double.isFinite else { return "null" }
        if double == double.rounded(), abs(double) < 1e15 { return String(Int(double)) }
        return "\(double)"
    }

    /// What starts a member or an item, a byte or a run at a time: what an output writes
    /// that has no faster way (`JSONOutput.appendEntryStart`).
    static func writeEntryStart<Output: JSONOutput>(_ separator: UInt8, spaces: Int, into out: inout Output) {
        out.append(separator)
        out.append(newline)
        out.appendSpaces(spaces)
    }

    /// What ends a container with entries, a byte or a run at a time: what an output writes
    /// that has no faster way (`JSONOutput.appendEntriesEnd`).
    static func writeEntriesEnd<Output: JSONOutput>(_ closing: UInt8, spaces: Int, into out: inout Output) {
        out.append(newline)
        out.appendSpaces(spaces)
        out.append(closing)
    }

    /// A member's key and the `: ` after it, a piece at a time: what an output writes that has
    /// no faster way (`JSONOutput.appendKey`).
    static func writeKey<Output: JSONOutput>(_ key: String, into out: inout Output) {
        writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: " "))
    }

    /// `string` between quotes, a piece at a time: what an output writes that has no faster
    /// way (`JSONOutput.appendString`).
    static func writeString<Output: JSONOutput>(_ string: String, into out: inout Output) {
        out.append(quote)
        writeStringContent(string, into: &out)
        out.append(quote)
    }

    /// `string` as JSON writes it inside quotes: what `contentByteCount` counts.
    static func writeStringContent<Output: JSONOutput>(_ string: String, into out: inout Output) {
        // Almost no string needs an escape: it is then copied whole.
        guard needsEscape(string) else { return out.append(string) }
        // Only ASCII control characters, quotes and backslashes change; every other
        // byte, multi-byte UTF-8 sequences included, is copied as it is.
        for byte in string.utf8 {
            switch byte {
            case quote: out.append("\\\"")
            case backslash: out.append("\\\\")
            case UInt8(ascii: "\n"): out.append("\\n")
            case UInt8(ascii: "\r"): out.append("\\r")
            case UInt8(ascii: "\t"): out.append("\\t")
            case 0x08: out.append("\\b")
            case 0x0C: out.append("\\f")
            case ..<0x20: out.append("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16))
            default: out.append(byte)
            }
        }
    }

    /// Reads the string's storage in place (a copy to call the mutating `withUTF8` on cost a
    /// retain and a release a string); a string with no contiguous storage byte by byte.
    @inline(__always)
    private static func needsEscape(_ string: String) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { hasEscapable($0) }
            ?? string.utf8.contains { $0 < 0x20 || $0 == quote || $0 == backslash }
    }

    /// Whether `bytes` hold a byte JSON escapes, a word at a time (`WordScan`): every string of
    /// every document is scanned (4% of `validate` byte by byte).
    @inline(__always)
    static func hasEscapable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        WordScan.any(bytes, hasEscapable)
    }

    /// Whether a byte of `word` is below 0x20, `"` or `\`: the "has a zero byte" test of
    /// Hacker's Delight (`(x - 0x01…) & ~x & 0x80…`), exact as a yes or no.
    @inline(__always)
    static func hasEscapable(_ word: UInt64) -> Bool {
        escapableBits(word) != 0
    }

    /// Not zero when a byte of `word` is one JSON escapes: `hasEscapable(_:)` as bits, which
    /// a scan of several words ORs together and tests once.
    @inline(__always)
    static func escapableBits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below20 = (word &- 0x20 &* ones) & ~word & highs
        let quotes = word ^ (UInt64(quote) &* ones)
        let backslashes = word ^ (UInt64(backslash) &* ones)
        return below20 | ((quotes &- ones) & ~quotes & highs) | ((backslashes &- ones) & ~backslashes & highs)
    }
}
