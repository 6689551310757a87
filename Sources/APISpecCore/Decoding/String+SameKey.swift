extension String {
    /// `==` for the decoder's key lookups, where `self` is a known key (ASCII) and most keys
    /// compared differ: their lengths tell most apart, where `==` on two unequal strings calls
    /// into the standard library's comparison (a lookup compares several). A string equal to an
    /// ASCII one (under canonical equivalence, as `==` compares) has at least its bytes: a
    /// character can only stand for an ASCII one as a longer one (the Kelvin sign for `K`).
    @inline(__always)
    func isSameKey(_ other: String) -> Bool {
        other.utf8.count >= utf8.count && self == other
    }

    /// `==` for two ASCII strings, which are equal only with as many bytes.
    @inline(__always)
    func isSameASCIIKey(_ other: String) -> Bool {
        other.utf8.count == utf8.count && self == other
    }
}
