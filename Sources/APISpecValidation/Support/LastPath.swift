import APISpecCore

/// What a rule found for the last route path it judged. A spec writes a path's routes one
/// after another (a method each), and a rule that judges a route by its path alone finds the
/// same for each of them: knowing the path for the last one costs a fraction of judging it.
struct LastPath<Value> {
    /// The last path's segments, held so that their storage, which tells the path, stays its
    /// own (not the whole path: a copy of its text too cost more than the rest of a lookup).
    private var segments: [RoutePath.Segment] = []
    private var value: Value?

    /// What `judge` finds for `path`, judged only when `path` is not the last one.
    mutating func value(for path: RoutePath, _ judge: (RoutePath) -> Value) -> Value {
        if let value, segments.isSameParse(as: path.segments) { return value }
        let judged = judge(path)
        segments = path.segments
        value = judged
        return judged
    }
}

extension [RoutePath.Segment] {
    /// Whether both are the segments of one parsed path: the decoder gives a route on the very
    /// path of the route before it that route's `RoutePath` (`RouteKey`), its segments'
    /// storage with it. Telling so by that storage costs less than comparing two texts, and
    /// is exact, where `==` is not (a path equal to another only up to Unicode equivalence is
    /// written differently, and a finding quotes it). Never for no segments, as every empty
    /// list has the same storage: a path without segments is judged again.
    func isSameParse(as other: [RoutePath.Segment]) -> Bool {
        guard !isEmpty else { return false }
        return withUnsafeBufferPointer { a in other.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
