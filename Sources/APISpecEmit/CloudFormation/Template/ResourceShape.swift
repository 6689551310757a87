/// Resources that one function makes from a few strings, each written once in the resource
/// (a route's invoke permission: its function's id and its source path). A template that is
/// only measured counts such a resource without making it: the bytes of the one made with
/// empty strings, once, plus the strings' own bytes as JSON writes them. JSON escapes each
/// character on its own, so a string's bytes add up the same inside a longer string, and a
/// string's are those of its pieces.
struct ResourceShape {
    let make: ([String]) -> Resource
    /// How many strings `make` takes.
    private let strings: Int
    /// The resource with every string empty, as the template counts it; set on first use.
    private var emptyBytes: Int?

    init(strings: Int, _ make: @escaping ([String]) -> Resource) {
        self.strings = strings
        self.make = make
    }

    /// The resource's bytes, `count` giving the bytes of a resource's JSON, with strings whose
    /// own bytes as JSON writes them (`JSONWriter.contentByteCount`) add up to `stringBytes`.
    mutating func bytes(stringBytes: Int, count: (JSONValue) -> Int) -> Int {
        let empty = emptyBytes ?? count(make(Array(repeating: "", count: strings)).json)
        emptyBytes = empty
        return empty + stringBytes
    }

    /// The resource's bytes with `strings`.
    mutating func bytes(with strings: [String], count: (JSONValue) -> Int) -> Int {
        bytes(stringBytes: strings.reduce(0) { $0 + JSONWriter.contentByteCount($1) }, count: count)
    }
}
