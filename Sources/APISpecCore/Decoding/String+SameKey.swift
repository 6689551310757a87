extension String {
    /// `==` for the decoder's key lookups, which mostly compare keys that differ: their
    /// lengths tell most apart, where `==` on two unequal strings calls into the standard
    /// library's comparison (about 25 instructions per pair, and a lookup compares several).
    @inline(__always)
    func isSameKey(_ other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}
