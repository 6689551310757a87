/// What a check of a name found, for the last few names checked: environment variable names
/// repeat from function to function (a spec's functions mostly set the same few), and comparing
/// a name with a few others costs a fraction of checking it again (some 500 instructions for a
/// name's case, class or table lookup). `LastLookup` holds one name; a function sets several.
struct RecentNames<Value> {
    /// At most `capacity`, the oldest replaced first.
    private var entries: [(name: String, value: Value)] = []
    private var next = 0
    private static var capacity: Int { 8 }

    /// What `check` finds for `name`, checked only when `name` is not among the recent ones.
    mutating func value(for name: String, _ check: (String) -> Value) -> Value {
        if let entry = entries.first(where: { $0.name == name }) { return entry.value }
        let value = check(name)
        if entries.count < Self.capacity {
            entries.append((name, value))
        } else {
            entries[next] = (name, value)
            next = (next + 1) % Self.capacity
        }
        return value
    }
}
