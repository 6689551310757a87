/// The hash `StableHash.hex(value)` makes of a value's text at the top of a document, taken
/// from the text of the same value written `indent` levels deeper, as it is written: the two
/// texts differ only in the 2 × `indent` spaces after each newline (JSON strings hold their
/// newlines escaped), which are left out. Passes everything on to `base`.
struct UnindentedHash<Base: JSONOutput>: JSONOutput {
    var base: Base
    private var hash = StableHash()
    private let skipped: Int
    /// Spaces still to leave out after the last newline.
    private var toSkip = 0

    init(base: Base, indent: Int) {
        self.base = base
        skipped = 2 * indent
    }

    var wantsMore: Bool { base.wantsMore }

    mutating func append(_ byte: UInt8) {
        base.append(byte)
        Self.take(byte, into: &hash, toSkip: &toSkip, skipped: skipped)
    }

    /// The state in locals over the piece: text comes through here a piece at a time, and
    /// the fields written back for every byte cost more than the hash.
    mutating func append(bytes: UnsafeRawBufferPointer) {
        base.append(bytes: bytes)
        var hash = hash, toSkip = toSkip
        for byte in bytes { Self.take(byte, into: &hash, toSkip: &toSkip, skipped: skipped) }
        self.hash = hash
        self.toSkip = toSkip
    }

    mutating func appendSpaces(_ count: Int) {
        base.appendSpaces(count)
        let left = min(count, toSkip)
        toSkip -= left
        for _ in left..<count { hash.append(UInt8(ascii: " ")) }
    }

    /// The hash of the value's document: its text, then the newline that ends it.
    var documentHex: String {
        var hash = hash
        hash.append(UInt8(ascii: "\n"))
        return hash.hexValue
    }

    /// Hashes `byte` unless it is one of the `skipped` spaces after a newline.
    @inline(__always)
    private static func take(_ byte: UInt8, into hash: inout StableHash, toSkip: inout Int, skipped: Int) {
        if toSkip > 0 {
            if byte == UInt8(ascii: " ") {
                toSkip -= 1
                return
            }
            toSkip = 0
        }
        if byte == UInt8(ascii: "\n") { toSkip = skipped }
        hash.append(byte)
    }
}
