/// Where a JSON value goes as it is made, piece by piece: written out as text
/// (`JSONTextSink`) or made into a `JSONValue` (`JSONValueSink`). The operations of an
/// OpenAPI document, most of a large one, are made into a sink: written out, they are never
/// made as values to be written and freed one by one, and the same code still makes the
/// value where one is wanted.
protocol JSONSink {
    /// Opens an object or an array as the next value; `end()` closes it.
    mutating func begin(_ container: JSONContainer)
    /// Closes the innermost open object or array.
    mutating func end()
    /// The key of the next member of the innermost open object; its value comes next.
    mutating func key(_ key: String)
    /// `key(_:)` for a constant key whose text needs no escape, read from its bytes where it
    /// lies: an operation's keys are the same few, and a `String` key is read a piece at a time.
    mutating func key(constant key: StaticString)
    /// A whole value as the next value.
    mutating func value(_ value: JSONValue)
    /// A string given as its UTF-8 bytes as the next value: made in a buffer of its
    /// maker's, it is written without a string made of it (an operation id).
    mutating func value(bytes: UnsafeBufferPointer<UInt8>)
    /// The value `write` gives, which `key` determines completely, as the value of the member
    /// whose key came last: a text sink that gave `values` the same key at the same indent
    /// last copies the text it wrote then (`RepeatedValues`).
    mutating func value<Key: Equatable>(repeating values: RepeatedValues<Key>, key: Key, _ write: (inout Self) -> Void)
    /// The members `write` gives, which `key` determines completely, as the next members of
    /// the innermost open object: a text sink that gave `values` the same key at the same
    /// place (indent, and whether they open the object) last copies the text it wrote then.
    mutating func members<Key: Equatable>(repeating values: RepeatedValues<Key>, key: Key, _ write: (inout Self) -> Void)
    /// `members(repeating:key:_:)`, or, given a key of the same shape at the same place, its
    /// text with its piece replaced by `piece`, the text that `key` alone writes in the
    /// members (`ShapedKey`).
    mutating func members<Key: ShapedKey>(
        repeating values: RepeatedValues<Key>, key: Key, piece: () -> String, _ write: (inout Self) -> Void)
    /// The member `memberKey` of the innermost open object, its value an object left open
    /// (`end()` closes it) after the members `write` gives, which `key` determines
    /// completely: a text sink that gave `values` the same key at the same place (as for
    /// `members(repeating:key:_:)`) last copies the text it wrote then, from the member's start,
    /// or, given a key of the same shape there, its text with its piece replaced by `piece`,
    /// the text that `key` alone writes in the members (`ShapedKey`).
    mutating func openObject<Key: ShapedKey>(
        _ memberKey: StaticString, repeating values: RepeatedValues<Key>, key: Key, piece: () -> String,
        _ write: (inout Self) -> Void)
}

enum JSONContainer {
    case object, array

    var opening: UInt8 { self == .object ? UInt8(ascii: "{") : UInt8(ascii: "[") }
    var closing: UInt8 { self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }
}

extension JSONSink {
    mutating func value<Key: Equatable>(repeating values: RepeatedValues<Key>, key: Key, _ write: (inout Self) -> Void) {
        write(&self)
    }

    mutating func members<Key: Equatable>(repeating values: RepeatedValues<Key>, key: Key, _ write: (inout Self) -> Void) {
        write(&self)
    }

    mutating func members<Key: ShapedKey>(
        repeating values: RepeatedValues<Key>, key: Key, piece: () -> String, _ write: (inout Self) -> Void
    ) {
        write(&self)
    }

    mutating func openObject<Key: ShapedKey>(
        _ memberKey: StaticString, repeating values: RepeatedValues<Key>, key: Key, piece: () -> String,
        _ write: (inout Self) -> Void
    ) {
        self.key(constant: memberKey)
        begin(.object)
        write(&self)
    }

    /// An object, its members made by `members`.
    mutating func object(_ members: (inout Self) -> Void) {
        begin(.object)
        members(&self)
        end()
    }

    /// An array, its items made by `items`.
    mutating func array(_ items: (inout Self) -> Void) {
        begin(.array)
        items(&self)
        end()
    }

    mutating func key(constant key: StaticString) {
        self.key(key.description)
    }

    mutating func member(_ key: String, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }

    /// A member whose value is an object, its members made by `members`.
    mutating func object(_ key: String, _ members: (inout Self) -> Void) {
        self.key(key)
        object(members)
    }

    /// A member whose value is an array, its items made by `items`.
    mutating func array(_ key: String, _ items: (inout Self) -> Void) {
        self.key(key)
        array(items)
    }
}
