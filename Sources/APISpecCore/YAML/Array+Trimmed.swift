extension Array {
    /// The same elements in a buffer of their own size (`Array(self)` would share this one,
    /// spare room included).
    func trimmed() -> [Element] {
        guard capacity > count else { return self }
        return Array(unsafeUninitializedCapacity: count) { buffer, count in
            count = buffer.initialize(fromContentsOf: self)
        }
    }
}
