/// A value's text as an output wrote it, to be written again (`RepeatedValues`): its bytes,
/// or, from an output that only counts them, their number.
struct WrittenText {
    var bytes: [UInt8] = []
    var count = 0
    /// Whether `bytes` holds the text, not only its count.
    var hasBytes = false

    /// Holds `bytes`, in the storage it has when that is its own.
    mutating func keep(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.removeAll(keepingCapacity: true)
        self.bytes.append(contentsOf: bytes)
        count = bytes.count
        hasBytes = true
    }
}

/// Where an output was when a value started, to tell what the value wrote
/// (`JSONOutput.record(since:in:)`): which chunk it was filling, and where in it.
struct OutputMark {
    var chunk = 0
    var offset: Int
}
