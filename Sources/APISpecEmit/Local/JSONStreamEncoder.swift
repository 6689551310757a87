/// Writes an `Encodable` value as JSON text while the value encodes itself, laid out as
/// `JSONWriter` lays out a `JSONValue` (two-space indent, members in the order they are
/// encoded, a trailing newline). `emit --local` then never holds the run config as a JSON
/// tree: for 100,000 routes that tree took 100 MB, more than twice the text.
///
/// Text cannot be taken back, so a value must finish each container before it writes to the
/// container around it, as synthesized conformances and the run config's own do. Writing
/// to a container after that throws, and a key encoded twice is written twice.
enum JSONStreamEncoder {
    static func write(_ value: some Encodable, into out: inout ChunkOutput) throws {
        let stream = TextStream(out)
        defer { out = stream.out }
        try stream.write(value, indent: 0, path: nil)
        if let failure = stream.failure { throw failure }
        stream.out.append(UInt8(ascii: "\n"))
    }
}

/// The text written so far, and the values it has opened and not yet closed.
///
/// The stream is used by one encoding at a time, which never holds two accesses to a property at
/// once: run-time exclusivity checks on its properties cost a sixth of the encoding.
private final class TextStream {
    @exclusivity(unchecked) var out: ChunkOutput
    /// The first misuse a non-throwing `Encoder` call could not report.
    private(set) var failure: EncodingError?
    /// Open values, outermost first. Writing into one closes every value inside it.
    @exclusivity(unchecked) private var open: [OpenValue] = []
    private var lastID = 0

    private struct OpenValue {
        enum Kind {
            /// Started, nothing written yet: a value that encodes nothing is written as `{}`.
            case pending
            case object(JSONWriter.ObjectWriter)
            case array(JSONWriter.ArrayWriter)
            case written
        }

        var kind = Kind.pending
        let id: Int
    }

    init(_ out: ChunkOutput) {
        self.out = out
    }

    /// Writes `value` where the text stands: at the top, after a key, or as an item.
    func write(_ value: some Encodable, indent: Int, path: CodingPathNode?) throws {
        if let scalar = JSONScalar.of(value) { return JSONWriter.write(scalar, indent: indent, into: &out) }
        let place = begin(indent: indent)
        try value.encode(to: StreamEncoder(stream: self, place: place, path: path))
        end(place)
    }

    /// Opens a value at the end of the text, for an encoder or a nested container to fill.
    func begin(indent: Int) -> Place {
        lastID += 1
        open.append(OpenValue(id: lastID))
        return Place(depth: open.count - 1, id: lastID, indent: indent)
    }

    /// Closes `place`'s value and what is open inside it, unless a write further out already did.
    func end(_ place: Place) {
        if isOpen(place) { close(from: place.depth) }
    }

    /// Makes `place` hold an object; an encoder asks for its container once or many times.
    func holdObject(_ place: Place, path: CodingPathNode?) {
        guard isOpen(place) else { return }
        switch open[place.depth].kind {
        case .pending: open[place.depth].kind = .object(JSONWriter.ObjectWriter(indent: place.indent))
        case .object: break
        case .array, .written: record(misuse: "an object where another kind of value was encoded", path: path)
        }
    }

    /// Makes `place` hold an array.
    func holdArray(_ place: Place, path: CodingPathNode?) {
        guard isOpen(place) else { return }
        switch open[place.depth].kind {
        case .pending: open[place.depth].kind = .array(JSONWriter.ArrayWriter(indent: place.indent))
        case .array: break
        case .object, .written: record(misuse: "an array where another kind of value was encoded", path: path)
        }
    }

    /// Writes member `key`'s name into the object at `place`; its value follows. `path` is
    /// made only for an error: most members are scalars, which need no node of their own.
    func startMember(_ key: String, of place: Place, path: @autoclosure () -> CodingPathNode?) throws {
        try closeInside(place, path: path())
        guard case .object(var object) = open[place.depth].kind else {
            throw Self.misuse("a member of a value that is not an object", path: path())
        }
        object.add(key, into: &out) { _ in }
        open[place.depth].kind = .object(object)
    }

    /// Starts the next item of the array at `place`; its value follows.
    func startItem(of place: Place, path: CodingPathNode?) throws {
        try closeInside(place, path: path)
        guard case .array(var array) = open[place.depth].kind else {
            throw Self.misuse("an item of a value that is not an array", path: path)
        }
        array.add(into: &out) { _ in }
        open[place.depth].kind = .array(array)
    }

    /// How many items the array at `place` has.
    func itemCount(_ place: Place) -> Int {
        guard isOpen(place), case .array(let array) = open[place.depth].kind else { return 0 }
        return array.count
    }

    /// Writes a single value at `place`.
    func writeSingle(_ value: some Encodable, at place: Place, path: CodingPathNode?) throws {
        if let scalar = JSONScalar.of(value) { return try writeSingle(scalar: scalar, at: place, path: path) }
        try closeInside(place, path: path)
        try value.encode(to: StreamEncoder(stream: self, place: place, path: path))
    }

    func writeSingle(scalar: JSONValue, at place: Place, path: CodingPathNode?) throws {
        try closeInside(place, path: path)
        guard case .pending = open[place.depth].kind else { throw Self.misuse("a second value in one place", path: path) }
        JSONWriter.write(scalar, indent: place.indent, into: &out)
        open[place.depth].kind = .written
    }

    /// An encoder for the value `start` begins (a member's or an item's), which stays open until
    /// something is written further out.
    func nestedEncoder(indent: Int, path: CodingPathNode?, _ start: () throws -> Void) -> StreamEncoder {
        do {
            try start()
        } catch {
            record(misuse: "a nested container after the one around it moved on", path: path)
        }
        return StreamEncoder(stream: self, place: begin(indent: indent), path: path)
    }

    func record(misuse: String, path: CodingPathNode?) {
        if failure == nil { failure = Self.misuse(misuse, path: path) }
    }

    private func isOpen(_ place: Place) -> Bool {
        place.depth < open.count && open[place.depth].id == place.id
    }

    /// Closes what is open inside `place`, which must itself still be open.
    private func closeInside(_ place: Place, path: @autoclosure () -> CodingPathNode?) throws {
        guard isOpen(place) else { throw Self.misuse("a container after the one around it moved on", path: path()) }
        close(from: place.depth + 1)
    }

    private func close(from depth: Int) {
        while open.count > depth {
            switch open.removeLast().kind {
            case .pending: out.append("{}")
            case .object(let object): object.close(&out)
            case .array(let array): array.close(&out)
            case .written: break
            }
        }
    }

    private static func misuse(_ what: String, path: CodingPathNode?) -> EncodingError {
        .invalidValue(
            what,
            EncodingError.Context(
                codingPath: CodingPathNode.keys(to: path),
                debugDescription: "JSON text is written as it is encoded: \(what) cannot be written"))
    }
}

/// A value's position in `TextStream.open`, valid while the value with `id` is still there.
private struct Place {
    let depth: Int
    let id: Int
    /// The indent of the value's closing bracket.
    let indent: Int
}

/// Scalars are written directly; the containers take `String`, `Bool`, `Int` and `Double`
/// through their own overloads, which synthesized conformances call, so only generic values
/// (an `OrderedMap`'s) are cast here.
private enum JSONScalar {
    /// By the value's type, not by casting the value: a dynamic cast to each scalar type in
    /// turn cost more than writing the scalar, and every member of a run config comes here.
    static func of<Value: Encodable>(_ value: Value) -> JSONValue? {
        if Value.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if Value.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if Value.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
        if Value.self == Double.self { return .double(unsafeBitCast(value, to: Double.self)) }
        return nil
    }
}

/// The keys leading to a container, linked to its parent's: `codingPath` is only read for
/// error messages, and an array per member cost an allocation and a copy of every key above.
private final class CodingPathNode {
    let key: any CodingKey
    let parent: CodingPathNode?

    init(_ key: any CodingKey, under parent: CodingPathNode?) {
        self.key = key
        self.parent = parent
    }

    static func keys(to node: CodingPathNode?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var next = node
        while let node = next {
            keys.append(node.key)
            next = node.parent
        }
        return keys.reversed()
    }
}

private struct StreamEncoder: Encoder {
    let stream: TextStream
    let place: Place
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { CodingPathNode.keys(to: path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        stream.holdObject(place, path: path)
        return KeyedEncodingContainer(KeyedStreamContainer<Key>(stream: stream, place: place, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        stream.holdArray(place, path: path)
        return UnkeyedStreamContainer(stream: stream, place: place, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleStreamContainer(stream: stream, place: place, path: path)
    }
}

private struct KeyedStreamContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let stream: TextStream
    let place: Place
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { CodingPathNode.keys(to: path) }

    mutating func encodeNil(forKey key: Key) throws { try write(.null, forKey: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try write(.string(value), forKey: key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try write(.bool(value), forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try write(.int(value), forKey: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try write(.double(value), forKey: key) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        if let scalar = JSONScalar.of(value) { return try write(scalar, forKey: key) }
        let memberPath = CodingPathNode(key, under: path)
        try stream.startMember(key.stringValue, of: place, path: memberPath)
        try stream.write(value, indent: place.indent + 1, path: memberPath)
    }

    private func write(_ scalar: JSONValue, forKey key: Key) throws {
        try stream.startMember(key.stringValue, of: place, path: CodingPathNode(key, under: path))
        JSONWriter.write(scalar, indent: place.indent + 1, into: &stream.out)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        memberEncoder(key.stringValue, path: CodingPathNode(key, under: path)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        memberEncoder(key.stringValue, path: CodingPathNode(key, under: path)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        memberEncoder("super", path: path)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        memberEncoder(key.stringValue, path: CodingPathNode(key, under: path))
    }

    private func memberEncoder(_ key: String, path: CodingPathNode?) -> StreamEncoder {
        stream.nestedEncoder(indent: place.indent + 1, path: path) { try stream.startMember(key, of: place, path: path) }
    }
}

private struct UnkeyedStreamContainer: UnkeyedEncodingContainer {
    let stream: TextStream
    let place: Place
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { CodingPathNode.keys(to: path) }
    var count: Int { stream.itemCount(place) }

    mutating func encodeNil() throws { try write(.null) }
    mutating func encode(_ value: String) throws { try write(.string(value)) }
    mutating func encode(_ value: Bool) throws { try write(.bool(value)) }
    mutating func encode(_ value: Int) throws { try write(.int(value)) }
    mutating func encode(_ value: Double) throws { try write(.double(value)) }

    mutating func encode(_ value: some Encodable) throws {
        try stream.startItem(of: place, path: path)
        try stream.write(value, indent: place.indent + 1, path: path)
    }

    private func write(_ scalar: JSONValue) throws {
        try stream.startItem(of: place, path: path)
        JSONWriter.write(scalar, indent: place.indent + 1, into: &stream.out)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        itemEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        itemEncoder().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        itemEncoder()
    }

    private func itemEncoder() -> StreamEncoder {
        stream.nestedEncoder(indent: place.indent + 1, path: path) { try stream.startItem(of: place, path: path) }
    }
}

private struct SingleStreamContainer: SingleValueEncodingContainer {
    let stream: TextStream
    let place: Place
    let path: CodingPathNode?
    var codingPath: [any CodingKey] { CodingPathNode.keys(to: path) }

    mutating func encodeNil() throws { try stream.writeSingle(scalar: .null, at: place, path: path) }
    mutating func encode(_ value: String) throws { try stream.writeSingle(scalar: .string(value), at: place, path: path) }
    mutating func encode(_ value: Bool) throws { try stream.writeSingle(scalar: .bool(value), at: place, path: path) }
    mutating func encode(_ value: Int) throws { try stream.writeSingle(scalar: .int(value), at: place, path: path) }
    mutating func encode(_ value: Double) throws { try stream.writeSingle(scalar: .double(value), at: place, path: path) }

    mutating func encode(_ value: some Encodable) throws {
        try stream.writeSingle(value, at: place, path: path)
    }
}
