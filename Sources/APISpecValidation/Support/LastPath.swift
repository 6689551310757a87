import APISpecCore

/// What a rule found for the last route path it judged. A spec writes a path's routes one
/// after another (a method each), and a rule that judges a route by its path alone finds the
/// same for each of them: knowing the path for the last one costs a fraction of judging it.
struct LastPath<Value> {
    private var last: (path: RoutePath, value: Value)?

    /// What `judge` finds for `path`, judged only when `path` is not the last one.
    mutating func value(for path: RoutePath, _ judge: (RoutePath) -> Value) -> Value {
        if let last, Self.isShared(last.path, path) { return last.value }
        let value = judge(path)
        last = (path, value)
        return value
    }

    /// Whether both are one parsed path: the decoder gives a route on the very path of the
    /// route before it that route's `RoutePath` (`RouteKey`), its segments' storage with it.
    /// Telling so by that storage costs less than comparing two texts, and is exact, where
    /// `==` is not (a path equal to another only up to Unicode equivalence is written
    /// differently, and a finding quotes it). A path without segments is judged again.
    private static func isShared(_ a: RoutePath, _ b: RoutePath) -> Bool {
        guard !a.segments.isEmpty else { return false }
        return a.segments.withUnsafeBufferPointer { a in b.segments.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
