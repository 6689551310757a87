/// An integer's decimal text, as `String(int)` spells it, counted or stored in place without
/// making a string: templates and run configs hold a number in most resources and routes.
enum DecimalText {
    /// The longest text: `-9223372036854775808`.
    static let maximumByteCount = 20

    static func byteCount(_ int: Int) -> Int {
        digitCount(int.magnitude) + (int < 0 ? 1 : 0)
    }

    /// Stores the text at `start`, which has room for `maximumByteCount` bytes; returns its length.
    @inline(__always)
    static func store(_ int: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
        // Most numbers (timeouts, sizes, counts) are positive and under eight digits: their
        // digits gathered in a word, the first in its lowest byte, and stored at once.
        if int >= 0, int < 100_000_000 {
            var rest = UInt(bitPattern: int)
            var word: UInt64 = 0
            var count = 0
            repeat {
                word = word << 8 | UInt64(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10))
                rest /= 10
                count += 1
            } while rest > 0
            UnsafeMutableRawPointer(start).storeBytes(of: word.littleEndian, as: UInt64.self)
            return count
        }
        var magnitude = int.magnitude
        let sign = int < 0 ? 1 : 0
        if sign == 1 { start.pointee = UInt8(ascii: "-") }
        let count = sign + digitCount(magnitude)
        var place = start + count
        repeat {
            place -= 1
            place.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return count
    }

    private static func digitCount(_ magnitude: UInt) -> Int {
        var count = 1
        var rest = magnitude
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }
}
