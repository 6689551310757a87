/// Picks lines by number out of text handed over in chunks, holding only those lines: what
/// quoting diagnostics needs of a file, read again without holding the whole file (10 MB
/// at 100,000 routes, on top of the model). Lines break where libyaml, which numbers the
/// lines of every diagnostic, breaks them: at `\r\n`, `\r`, `\n`, NEL, LINE SEPARATOR and
/// PARAGRAPH SEPARATOR, whichever chunks a break falls across.
struct LinePicker {
    /// The wanted lines, in order, and where the next one not passed yet is: a line is told
    /// wanted by one comparison (a set looked up at each line took most of the time of picking
    /// a line 50,000 lines in).
    private let wanted: [Int]
    private var nextWanted = 0
    private let last: Int
    /// The line the next byte belongs to.
    private var number = 1
    /// Line `number`'s bytes so far, when it is wanted.
    private var current: [UInt8] = []
    /// What the last bytes began, which the next bytes tell a break from text.
    private var pending = Pending.nothing
    private var sawBytes = false
    private var picked: [Int: Substring] = [:]

    private enum Pending {
        case nothing
        /// A `\r`: a `\n` next is part of the same break.
        case carriageReturn
        /// `C2`, the start of NEL (`C2 85`).
        case c2
        /// `E2` and `E2 80`, the start of LS and PS (`E2 80 A8`, `E2 80 A9`).
        case e2, e280
    }

    init(_ wanted: Set<Int>) {
        self.wanted = wanted.sorted()
        last = self.wanted.last ?? 0
        while nextWanted < self.wanted.count, self.wanted[nextWanted] < number { nextWanted += 1 }
    }

    /// Whether line `number` is wanted.
    private var isWanted: Bool { nextWanted < wanted.count && wanted[nextWanted] == number }

    /// Whether every wanted line has been picked or passed: the rest of the text is not read.
    var isDone: Bool { number > last }

    mutating func add(_ chunk: UnsafeRawBufferPointer) {
        guard !isDone, !chunk.isEmpty else { return }
        sawBytes = true
        var index = 0
        while index < chunk.count, !isDone {
            if case .nothing = pending {
                // Most bytes are text: run to the next one that may break a line.
                let start = index
                index = Self.nextMayBreak(in: chunk, from: index)
                if isWanted { current.append(contentsOf: chunk[start..<index]) }
                guard index < chunk.count else { return }
            }
            take(chunk[index])
            index += 1
        }
    }

    /// The wanted lines the text has. The text's last line, after its last break, is empty
    /// when the text ends with one; a text of no bytes has no lines.
    mutating func finish() -> [Int: Substring] {
        if !isDone, sawBytes {
            keepPending()
            end()
        }
        return picked
    }

    private static func mayBreak(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2
    }

    /// The first byte from `start` on that may break a line, or the chunk's end. Eight bytes
    /// are passed at once while none of them is below 0x0E or above 0x7F, which every byte
    /// that may break is: a spec's text is mostly such words, and a byte at a time took five
    /// instructions a byte of the file read again.
    static func nextMayBreak(in chunk: UnsafeRawBufferPointer, from start: Int) -> Int {
        var index = start
        while index < chunk.count {
            if index + 8 <= chunk.count {
                let word = chunk.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                // A byte below 0x0E borrows into its own high bit (the classic "has less than" test).
                let low = (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & high
                if (word & high) | low == 0 {
                    index += 8
                    continue
                }
            }
            if mayBreak(chunk[index]) { return index }
            index += 1
        }
        return index
    }

    private mutating func take(_ byte: UInt8) {
        switch (pending, byte) {
        case (.carriageReturn, 0x0A):
            pending = .nothing
            return
        case (.c2, 0x85), (.e280, 0xA8), (.e280, 0xA9):
            pending = .nothing
            end()
            return
        case (.e2, 0x80):
            pending = .e280
            return
        default:
            // Whatever began is text (a `\r` already ended its line), and `byte` starts afresh.
            keepPending()
        }
        switch byte {
        case 0x0A: end()
        case 0x0D:
            end()
            pending = .carriageReturn
        case 0xC2: pending = .c2
        case 0xE2: pending = .e2
        default: keep([byte])
        }
    }

    /// The bytes a break did not follow are text of the line.
    private mutating func keepPending() {
        switch pending {
        case .nothing, .carriageReturn: break
        case .c2: keep([0xC2])
        case .e2: keep([0xE2])
        case .e280: keep([0xE2, 0x80])
        }
        pending = .nothing
    }

    private mutating func keep(_ bytes: [UInt8]) {
        if isWanted { current += bytes }
    }

    private mutating func end() {
        if isWanted {
            picked[number] = Substring(String(decoding: current, as: UTF8.self))
            current = []
            nextWanted += 1
        }
        number += 1
    }
}
