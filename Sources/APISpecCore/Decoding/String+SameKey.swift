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
}

extension String {
    /// `hasPrefix("x-")` (a custom key), read from the first bytes where they decide it: a
    /// `-` followed by ASCII or nothing is a whole `Character`, and no other bytes start with
    /// an `x` and a `-`. `hasPrefix` costs about a hundred instructions, on every key decoded.
    var isExtensionKey: Bool {
        var bytes = utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "x"), bytes.next() == UInt8(ascii: "-") else { return false }
        guard let next = bytes.next(), next >= 0x80 else { return true }
        return hasPrefix("x-")
    }
}
