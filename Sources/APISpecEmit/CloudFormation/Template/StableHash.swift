import APISpecCore

/// FNV-1a, 64 bits: a hash that is the same on every machine and run (Swift's `Hasher` is
/// seeded per process), and the same for bytes however they are split. Used where a logical
/// id must change exactly when some content does, and to hash text made of pieces without
/// joining them. A REST API's properties, most of its template, are hashed for its
/// deployment's id a word at a time instead (`WordHash`), from the text as it goes out.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { append(byte) }
    }

    static func hex(_ text: String) -> String {
        var hash = StableHash()
        hash.append(text)
        return hash.hexValue
    }

    /// The hash of a JSON value's canonical text, hashed as it is written, never held.
    static func hex(_ value: JSONValue) -> String {
        var hash = StableHash()
        JSONWriter.document(value, into: &hash)
        return hash.hexValue
    }

    var hexValue: String { Self.hex(value) }

    /// A 64-bit hash as the 16 lower-case hex digits logical ids carry.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Text written into a hash, as a JSON writer's output.
extension StableHash: JSONOutput {
    mutating func append(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    mutating func append(bytes: UnsafeRawBufferPointer) {
        combine(bytes.assumingMemoryBound(to: UInt8.self))
    }

    mutating func appendSpaces(_ count: Int) {
        for _ in 0..<count { append(UInt8(ascii: " ")) }
    }
}

/// Text written into a word hash, as a JSON writer's output: a value's text hashed as
/// `ChunkOutput` hashes it from its buffer (`startHashing()`).
extension WordHash: JSONOutput {
    mutating func append(_ byte: UInt8) {
        withUnsafeBytes(of: byte) { add($0) }
    }

    mutating func append(bytes: UnsafeRawBufferPointer) { add(bytes) }

    mutating func appendSpaces(_ count: Int) {
        for _ in 0..<count { append(UInt8(ascii: " ")) }
    }
}
