import APISpecCore

/// The parameters of one path's operations, made once for each way they are declared: the
/// routes on one path have the same ones, but that REST's ANY names a greedy one apart
/// (`OpenAPIBuilder.pathParameters`). A list made for each operation cost some 400
/// instructions, and as many again to free.
struct PathParameters {
    private var made: [String]?
    private var madeForAnyMethod: [String]?

    /// The parameters of an operation on the path, `make` making them for the first of its kind.
    mutating func of(anyMethod: Bool, _ make: () -> [String]) -> [String] {
        if anyMethod {
            if madeForAnyMethod == nil { madeForAnyMethod = make() }
            return madeForAnyMethod ?? []
        }
        if made == nil { made = make() }
        return made ?? []
    }
}
