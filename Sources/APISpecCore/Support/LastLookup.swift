/// What the last name looked up found. Passes over the routes look up each route's function
/// (or authorizer) by name, and a spec lists a function's routes together: comparing a name
/// with the last one costs a fraction of hashing it for a table.
public struct LastLookup<Value> {
    private var last: (name: String, value: Value)?

    public init() {}

    /// What `lookUp` finds for `name`, looked up only when `name` is not the last one.
    public mutating func value(for name: String, _ lookUp: (String) -> Value) -> Value {
        if let last, last.name == name { return last.value }
        let value = lookUp(name)
        last = (name, value)
        return value
    }
}
