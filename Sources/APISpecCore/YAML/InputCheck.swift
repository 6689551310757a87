/// Byte-level checks before libyaml sees the input, so the message names the exact
/// line and column of invalid UTF-8 or a NUL byte.
enum InputCheck {
    static func firstProblem(in bytes: [UInt8], path: String) -> Diagnostic? {
        if isPlainASCII(bytes) { return nil }
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 {
                let at = SourceLocation(file: path, line: line, column: column)
                return .error("invalid-encoding", "the file contains a NUL byte", at: at,
                              hint: "an apispec file is UTF-8 text; is this a binary file?")
            }
            let width = sequenceWidth(bytes, at: index)
            if width == 0 {
                let at = SourceLocation(file: path, line: line, column: column)
                return .error("invalid-encoding", "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true))", at: at,
                              hint: "save the file as UTF-8")
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += width
        }
        return nil
    }

    /// Whether every byte is ASCII and none is NUL, as in most specs: then nothing needs a
    /// line and a column. One branch-free pass (`byte - 1` sets the top bit for NUL, the byte
    /// itself for non-ASCII) that the compiler vectorizes, instead of decoding byte by byte.
    private static func isPlainASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var seen: UInt8 = 0
            for byte in buffer { seen |= byte | (byte &- 1) }
            return seen < 0x80
        }
    }

    /// Length of the valid UTF-8 sequence starting at `index`, or 0 if it is invalid.
    private static func sequenceWidth(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let width: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: width = 2
        case 0xE0: width = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: width = 3; high = 0x9F
        case 0xF0: width = 4; low = 0x90
        case 0xF1...0xF3: width = 4
        case 0xF4: width = 4; high = 0x8F
        default: return 0
        }
        guard index + width <= bytes.count else { return 0 }
        for offset in 1..<width {
            let byte = bytes[index + offset]
            let (min, max): (UInt8, UInt8) = offset == 1 ? (low, high) : (0x80, 0xBF)
            guard byte >= min, byte <= max else { return 0 }
        }
        return width
    }
}
