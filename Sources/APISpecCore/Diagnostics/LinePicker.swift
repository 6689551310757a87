/// Picks lines by number out of text handed over in chunks, holding only those lines: what
/// quoting diagnostics needs of a file, read again without holding the whole file (10 MB
/// at 100,000 routes, on top of the model). Lines break where libyaml, which numbers the
/// lines of every diagnostic, breaks them: at `\r\n`, `\r`, `\n`, NEL, LINE SEPARATOR and
/// PARAGRAPH SEPARATOR, whichever chunks a break falls across.
struct LinePicker {
    private let wanted: Set<Int>
    private let last: Int
    /// The line the next byte belongs to.
    private var number = 1
    /// Line `number`'s bytes so far, when it is wanted.
    private var current: [UInt8] = []
    /// The first bytes of what may be a NEL (`C2 85`) or a LS/PS (`E2 80 A8`/`A9`): the
    /// next bytes tell a break from text.
    private var held: [UInt8] = []
    /// After a `\r`: a `\n` next is part of the same break.
    private var afterCR = false
    private var sawBytes = false
    private var picked: [Int: Substring] = [:]

    init(_ wanted: Set<Int>) {
        self.wanted = wanted
        last = wanted.max() ?? 0
    }

    /// Whether every wanted line has been picked or passed: the rest of the text is not read.
    var isDone: Bool { number > last }

    mutating func add(_ chunk: UnsafeRawBufferPointer) {
        for byte in chunk {
            guard !isDone else { return }
            sawBytes = true
            take(byte)
        }
    }

    /// The wanted lines the text has. The text's last line, after its last break, is empty
    /// when the text ends with one; a text of no bytes has no lines.
    mutating func finish() -> [Int: Substring] {
        if !isDone, sawBytes {
            keep(held)
            end()
        }
        return picked
    }

    private mutating func take(_ byte: UInt8) {
        if afterCR {
            afterCR = false
            if byte == 0x0A { return }
        }
        switch (held, byte) {
        case ([], 0x0A): end()
        case ([], 0x0D):
            end()
            afterCR = true
        case ([], 0xC2), ([], 0xE2): held = [byte]
        case ([], _): keep(byte)
        case ([0xC2], 0x85), ([0xE2, 0x80], 0xA8), ([0xE2, 0x80], 0xA9):
            held = []
            end()
        case ([0xE2], 0x80): held.append(byte)
        default:
            // Not a break after all: the held bytes are text, and `byte` starts afresh.
            let text = held
            held = []
            keep(text)
            take(byte)
        }
    }

    private mutating func keep(_ byte: UInt8) {
        if wanted.contains(number) { current.append(byte) }
    }

    private mutating func keep(_ bytes: [UInt8]) {
        for byte in bytes { keep(byte) }
    }

    private mutating func end() {
        if wanted.contains(number) { picked[number] = Substring(String(decoding: current, as: UTF8.self)) }
        current = []
        number += 1
    }
}
