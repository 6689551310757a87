/// FNV-1a, 64 bits: a hash that is the same on every machine and run (Swift's `Hasher` is
/// seeded per process). Used where a logical id must change exactly when some content does.
enum StableHash {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of a JSON value's canonical text.
    static func hex(_ value: JSONValue) -> String { hex(JSONWriter.write(value)) }
}
