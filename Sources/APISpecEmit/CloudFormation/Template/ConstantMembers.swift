/// Members whose keys, and strings whose text, are constants: written from their bytes where
/// they lie (`JSONSink.key(constant:)`), not read from a `String` a piece at a time. A
/// function's three resources have some sixty keys, for each function of a large API.
extension JSONSink {
    /// A constant string that needs no escape, as the next value.
    mutating func value(constant string: StaticString) {
        value(bytes: UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    mutating func member(constant key: StaticString, _ value: JSONValue) {
        self.key(constant: key)
        self.value(value)
    }

    /// A member whose value is a constant string (`value(constant:)`).
    mutating func member(constant key: StaticString, constant string: StaticString) {
        self.key(constant: key)
        value(constant: string)
    }

    /// A member whose value is an object, its members made by `members`.
    mutating func object(constant key: StaticString, _ members: (inout Self) -> Void) {
        self.key(constant: key)
        object(members)
    }

    /// A member whose value is an array, its items made by `items`.
    mutating func array(constant key: StaticString, _ items: (inout Self) -> Void) {
        self.key(constant: key)
        array(items)
    }
}
