import APISpecCore

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
