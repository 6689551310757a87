/// FNV-1a, 64 bits: a hash that is the same on every machine and run (Swift's `Hasher` is
/// seeded per process), and the same for bytes however they are split. Used where a logical
/// id must change exactly when some content does, and to hash text made of pieces without
/// joining them.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    static func hex(_ text: String) -> String {
        var hash = StableHash()
        var text = text
        text.withUTF8 { hash.combine($0) }
        return hash.hexValue
    }

    /// The hash of a JSON value's canonical text.
    static func hex(_ value: JSONValue) -> String { hex(JSONWriter.write(value)) }

    /// The hash of a JSON value's canonical text, with the object at `filling.path` made by
    /// `filling.members` as it is hashed: the text is hashed chunk by chunk, never held.
    static func hex(_ value: JSONValue, filling: JSONWriter.Filling?) -> String {
        guard filling != nil else { return hex(value) }
        var hash = StableHash()
        _ = JSONWriter.stream(chunkSize: 1 << 16, to: { chunk in
            hash.combine(chunk.assumingMemoryBound(to: UInt8.self))
            return true
        }) { JSONWriter.document(value, filling: filling, into: &$0) }
        return hash.hexValue
    }

    private var hexValue: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
