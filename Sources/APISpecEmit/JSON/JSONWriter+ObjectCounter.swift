extension JSONWriter {
    /// Counts the bytes of an object member by member, as `write` would write it with its
    /// closing brace at `indent`, so the members need not be kept: the template size rules
    /// measure a template's resources and its OpenAPI body's paths this way.
    public struct ObjectCounter {
        private var object: ObjectWriter<CountingOutput>
        private var output = CountingOutput()

        public init(indent: Int) { object = ObjectWriter(indent: indent) }

        /// The members counted so far.
        public var count: Int { object.count }

        public mutating func add(_ key: String, _ value: JSONValue) {
            object.add(key, value, into: &output)
        }

        /// The object's length in bytes.
        public var byteCount: Int {
            var closed = output
            object.close(&closed)
            return closed.count
        }
    }
}
