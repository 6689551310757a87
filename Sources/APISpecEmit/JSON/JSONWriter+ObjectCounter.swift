extension JSONWriter {
    /// Counts the bytes of an object member by member, as `write` would write it with its
    /// closing brace at `indent`, so the members need not be kept: the template size rules
    /// measure a template's resources and its OpenAPI body's paths this way.
    struct ObjectCounter {
        private var object: ObjectWriter
        private var output = CountingOutput()

        init(indent: Int) { object = ObjectWriter(indent: indent) }

        /// The members counted so far.
        var count: Int { object.count }

        /// Where a member's nested lines are indented from.
        var valueIndent: Int { object.valueIndent }

        /// A member whose value is `valueBytes` long, as `valueBytes(_:)` counts it.
        mutating func add(_ key: String, valueBytes: Int) {
            object.add(key, into: &output) { $0.count += valueBytes }
        }

        /// The bytes of `value` as a member's value of this object.
        func valueBytes(_ value: JSONValue) -> Int {
            var output = CountingOutput()
            JSONWriter.write(value, indent: object.valueIndent, into: &output)
            return output.count
        }

        /// The object's length in bytes.
        var byteCount: Int {
            var closed = output
            object.close(&closed)
            return closed.count
        }
    }
}
