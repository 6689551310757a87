extension String {
    /// `withUTF8` without a copy: calling the mutating `withUTF8` on a string one was given
    /// copies it first (a retain and a release, 15% of the cost of writing a short key).
    /// A native string's bytes are read in place; any other is copied once, as `withUTF8` would.
    @inlinable @inline(__always)
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
