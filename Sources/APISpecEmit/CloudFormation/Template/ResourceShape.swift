/// Resources that one function makes from a few strings, each written once in the resource
/// (a route's invoke permission: its function's id and its source path). A template that is
/// only measured counts such a resource without making it: the bytes of the one made with
/// empty strings, once, plus the strings' own bytes as JSON writes them. JSON escapes each
/// character on its own, so a string's bytes add up the same inside a longer string.
struct ResourceShape {
    let make: ([String]) -> Resource
    /// The resource with every string empty, as the template counts it; set on first use.
    private var emptyBytes: Int?

    init(_ make: @escaping ([String]) -> Resource) { self.make = make }

    /// The resource's bytes with `strings`, `count` giving the bytes of a resource's JSON.
    mutating func bytes(with strings: [String], count: (JSONValue) -> Int) -> Int {
        let empty = emptyBytes ?? count(make(strings.map { _ in "" }).json)
        emptyBytes = empty
        return strings.reduce(empty) { $0 + JSONWriter.stringByteCount($1) - 2 }
    }
}
