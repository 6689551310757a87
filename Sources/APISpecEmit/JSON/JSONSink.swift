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
    /// A whole value as the next value.
    mutating func value(_ value: JSONValue)
    /// A whole value as the next value, one that `key` names completely among the values
    /// given to this sink with a key: a text sink writes the value of a key once for each
    /// indent and copies that text after; `make` makes the value when it is needed.
    mutating func value(cachedAs key: CachedValueKey, _ make: () -> JSONValue)
}

enum JSONContainer {
    case object, array
}

/// Names a value given to a sink by key (`JSONSink.value(cachedAs:_:)`): its kind, and what
/// tells the values of that kind apart. Fields, not one string made of them: making such a
/// string costs more than writing a small value. Finding the text of a key costs about a
/// thousand instructions: worth it for a large value written many times (a REST API's CORS
/// preflights), not for a small one (a function's proxy integration, 4 thousand a route).
struct CachedValueKey: Hashable {
    let kind: String
    var name = ""
}

extension JSONSink {
    mutating func value(cachedAs key: CachedValueKey, _ make: () -> JSONValue) { value(make()) }

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
