/// Where a permission's source path is written as it is made: its bytes (to write it),
/// their count (its lower bound) or their hash (to find repeats).
protocol SourcePathOutput {
    mutating func append(_ byte: UInt8)
    /// `text`'s UTF-8 bytes.
    mutating func append(_ text: String)
    mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>)
}

extension [UInt8]: SourcePathOutput {
    mutating func append(_ text: String) { UTF8Bytes.append(text, to: &self) }
    mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

extension CountingOutput: SourcePathOutput {
    mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>) { count += bytes.count }
}
