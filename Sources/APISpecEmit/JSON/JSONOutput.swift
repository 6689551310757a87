import APISpecCore

/// Where `JSONWriter` puts its bytes: a count, the string's storage, or chunks it hands on.
protocol JSONOutput {
    mutating func append(_ byte: UInt8)
    /// Text already written, as it is.
    mutating func append(bytes: UnsafeRawBufferPointer)
    /// `text` as UTF-8, unescaped.
    mutating func append(_ text: String)
    /// `int` in decimal.
    mutating func appendInt(_ int: Int)
    mutating func appendSpaces(_ count: Int)
    /// What starts an object's member or an array's item: `separator` (its container's
    /// opening bracket, or a comma), a newline and `spaces` spaces.
    mutating func appendEntryStart(_ separator: UInt8, spaces: Int)
    /// What ends an object or an array that has entries: a newline, `spaces` spaces and
    /// `closing`, its closing bracket.
    mutating func appendEntriesEnd(_ closing: UInt8, spaces: Int)
    /// A member's key as JSON writes it, and the `: ` after it.
    mutating func appendKey(_ key: String)
    /// `appendKey`, for a key given as its UTF-8 bytes.
    mutating func appendKey(bytes key: UnsafeBufferPointer<UInt8>)
    /// `appendKey`, for a constant key that needs no escape (`JSONSink.key(constant:)`).
    mutating func appendKey(constant key: StaticString)
    /// `string` as JSON writes it, quotes and escapes included.
    mutating func appendString(_ string: String)
    /// `appendString`, for a string given as its UTF-8 bytes (made in a buffer of its maker's).
    mutating func appendString(bytes string: UnsafeBufferPointer<UInt8>)
    /// False once more bytes would serve no purpose: a document's members made as it is
    /// written stop then.
    var wantsMore: Bool { get }
    /// Where the next byte goes, for `record(since:in:)`; nil when this output cannot tell
    /// what it wrote (a hash).
    var mark: OutputMark? { get }
    /// Puts in `text` what was written since `mark`; false when this output no longer holds it
    /// (a chunk was handed on since).
    func record(since mark: OutputMark, in text: inout WrittenText) -> Bool
    /// Writes `text` again; false, writing nothing, when this output needs the bytes that
    /// `text` lacks.
    mutating func append(written text: WrittenText) -> Bool
}

extension JSONOutput {
    var wantsMore: Bool { true }
    var mark: OutputMark? { nil }
    func record(since mark: OutputMark, in text: inout WrittenText) -> Bool { false }
    mutating func append(written text: WrittenText) -> Bool { false }

    mutating func append(_ text: String) {
        text.withUTF8Bytes { append(bytes: UnsafeRawBufferPointer($0)) }
    }

    mutating func appendInt(_ int: Int) {
        append(String(int))
    }

    mutating func appendEntryStart(_ separator: UInt8, spaces: Int) {
        JSONWriter.writeEntryStart(separator, spaces: spaces, into: &self)
    }

    mutating func appendEntriesEnd(_ closing: UInt8, spaces: Int) {
        JSONWriter.writeEntriesEnd(closing, spaces: spaces, into: &self)
    }

    mutating func appendKey(_ key: String) {
        JSONWriter.writeKey(key, into: &self)
    }

    mutating func appendKey(bytes key: UnsafeBufferPointer<UInt8>) {
        appendKey(String(decoding: key, as: UTF8.self))
    }

    mutating func appendKey(constant key: StaticString) {
        appendKey(bytes: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    }

    mutating func appendString(_ string: String) {
        JSONWriter.writeString(string, into: &self)
    }

    mutating func appendString(bytes string: UnsafeBufferPointer<UInt8>) {
        guard !JSONWriter.hasEscapable(string) else { return appendString(String(decoding: string, as: UTF8.self)) }
        append(UInt8(ascii: "\""))
        append(bytes: UnsafeRawBufferPointer(string))
        append(UInt8(ascii: "\""))
    }
}

struct CountingOutput: JSONOutput {
    var count = 0

    mutating func append(_ byte: UInt8) { count += 1 }
    mutating func append(bytes: UnsafeRawBufferPointer) { count += bytes.count }
    mutating func append(_ text: String) { count += text.utf8.count }
    mutating func appendInt(_ int: Int) { count += DecimalText.byteCount(int) }
    mutating func appendSpaces(_ count: Int) { self.count += count }
    mutating func appendEntryStart(_ separator: UInt8, spaces: Int) { count += 2 + spaces }
    mutating func appendEntriesEnd(_ closing: UInt8, spaces: Int) { count += 2 + spaces }
    mutating func appendKey(_ key: String) { count += JSONWriter.contentByteCount(key) + 4 }
    mutating func appendKey(constant key: StaticString) { count += key.utf8CodeUnitCount + 4 }
    mutating func appendString(_ string: String) { count += JSONWriter.contentByteCount(string) + 2 }

    var mark: OutputMark? { OutputMark(offset: count) }

    func record(since mark: OutputMark, in text: inout WrittenText) -> Bool {
        text.count = count - mark.offset
        text.hasBytes = false
        return true
    }

    mutating func append(written text: WrittenText) -> Bool {
        count += text.count
        return true
    }
}

/// Writes into storage `CountingOutput` measured, so it never runs out.
struct BufferOutput: JSONOutput {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var position = 0

    private var next: UnsafeMutablePointer<UInt8> { buffer.baseAddress! + position }

    mutating func append(_ byte: UInt8) {
        buffer[position] = byte
        position += 1
    }

    mutating func append(bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        UnsafeMutableRawPointer(next).copyMemory(from: source, byteCount: bytes.count)
        position += bytes.count
    }

    mutating func appendSpaces(_ count: Int) {
        next.initialize(repeating: UInt8(ascii: " "), count: count)
        position += count
    }

    var mark: OutputMark? { OutputMark(offset: position) }

    func record(since mark: OutputMark, in text: inout WrittenText) -> Bool {
        text.keep(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[mark.offset..<position])))
        return true
    }

    mutating func append(written text: WrittenText) -> Bool {
        guard text.hasBytes else { return false }
        text.bytes.withUnsafeBytes { append(bytes: $0) }
        return true
    }
}

/// Fills a fixed buffer and hands it on whenever the next piece would not fit.
struct ChunkOutput: JSONOutput {
    /// Where the text goes: `storage`, or room the receiver lent.
    private(set) var buffer: UnsafeMutableBufferPointer<UInt8>
    /// Its own buffer.
    let storage: UnsafeMutableBufferPointer<UInt8>
    let send: (UnsafeRawBufferPointer) -> Bool
    /// Lends room in the receiver's own buffers for the next chunk, which `send` then takes
    /// without copying it, and hashes a long text sent on its own thread (`AtomicFile.Pending`'s
    /// writer thread: a copy of the whole output and the hash of a REST API's properties spared
    /// on this thread).
    let lender: ChunkLender?
    var position = 0
    var failed = false
    /// What is written between `startHashing()` and `endHashing()`, hashed from the buffer
    /// before it is handed on: a word at a time, not piece by piece as the pieces come.
    private var hash: WordHash?
    /// Where in the buffer the bytes not hashed yet start.
    private var hashStart = 0
    /// Whether `hash` goes to the lender once room is lent (`startHashing(handingOn:)`), and
    /// whether it went.
    private var handsOnHash = false
    private var hashLent = false

    /// Chunks handed on so far.
    private var chunks = 0

    var wantsMore: Bool { !failed }

    init(capacity: Int, send: @escaping (UnsafeRawBufferPointer) -> Bool, lender: ChunkLender? = nil) {
        storage = .allocate(capacity: capacity)
        buffer = storage
        self.send = send
        self.lender = lender
    }

    mutating func flush() {
        if hash != nil { hashBuffered() }
        if position > 0, !failed { failed = !send(UnsafeRawBufferPointer(start: buffer.baseAddress, count: position)) }
        position = 0
        chunks += 1
        guard let room = lentRoom() else {
            buffer = storage
            return
        }
        buffer = room
        if handsOnHash, let hash, let lender {
            lender.startHashing(continuing: hash)
            self.hash = nil
            hashLent = true
        }
    }

    /// Room the lender lends, if it is no smaller than `storage`: a chunk is never shorter
    /// for being written in place.
    private func lentRoom() -> UnsafeMutableBufferPointer<UInt8>? {
        guard !failed, let room = lender?.lend(), room.count >= storage.count else { return nil }
        return room.bindMemory(to: UInt8.self)
    }

    var mark: OutputMark? { OutputMark(chunk: chunks, offset: position) }

    func record(since mark: OutputMark, in text: inout WrittenText) -> Bool {
        guard mark.chunk == chunks else { return false }
        text.keep(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[mark.offset..<position])))
        return true
    }

    mutating func append(written text: WrittenText) -> Bool {
        guard text.hasBytes else { return false }
        append(bytes: text.bytes)
        return true
    }

    /// Hashes what is written from here on into `hash`, until `endHashing()`. `handingOn`: the
    /// lender may hash it, once it lends room, on its own thread. For a long text only (a REST
    /// API's properties): `endHashing` then sends what is buffered and waits for that thread.
    mutating func startHashing(continuing hash: WordHash = WordHash(), handingOn: Bool = false) {
        self.hash = hash
        hashStart = position
        handsOnHash = handingOn
    }

    /// The hash `startHashing` was given, with what was written since.
    mutating func endHashing() -> WordHash {
        handsOnHash = false
        if hashLent, let lender {
            flush()
            hashLent = false
            return lender.endHashing()
        }
        hashBuffered()
        guard let ended = hash else { preconditionFailure("endHashing() ends what startHashing() started") }
        hash = nil
        return ended
    }

    private mutating func hashBuffered() {
        hash?.add(UnsafeRawBufferPointer(start: buffer.baseAddress.map { $0 + hashStart }, count: position - hashStart))
        hashStart = 0
    }

    // Inlined: a document's punctuation, several bytes to a line, comes through here.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if position == buffer.count { flush() }
        buffer[position] = byte
        position += 1
    }

    mutating func append(bytes: UnsafeRawBufferPointer) {
        // Most pieces are a key or a short value, and fit the buffer's room.
        if bytes.count <= buffer.count - position, let source = bytes.baseAddress {
            UnsafeMutableRawPointer(buffer.baseAddress! + position).copyMemory(from: source, byteCount: bytes.count)
            position += bytes.count
            return
        }
        var rest = bytes
        while !rest.isEmpty {
            if position == buffer.count { flush() }
            let count = min(rest.count, buffer.count - position)
            UnsafeMutableRawPointer(buffer.baseAddress! + position).copyMemory(from: rest.baseAddress!, byteCount: count)
            position += count
            rest = UnsafeRawBufferPointer(rebasing: rest[count...])
        }
    }

    /// A short text (`true`, a number's digits) stored at once from the string's own words.
    mutating func append(_ text: String) {
        guard let inline = InlineText(text), buffer.count - position >= InlineText.room else {
            return text.withUTF8Bytes { append(bytes: UnsafeRawBufferPointer($0)) }
        }
        inline.store(at: UnsafeMutableRawPointer(buffer.baseAddress! + position))
        position += inline.count
    }

    /// Stored in place: `String(int)` made a string to copy, ten times the instructions.
    mutating func appendInt(_ int: Int) {
        guard buffer.count - position >= DecimalText.maximumByteCount else { return append(String(int)) }
        position += DecimalText.store(int, at: buffer.baseAddress! + position)
    }

    /// `append(bytes:)`, for bytes in an array.
    mutating func append(bytes: [UInt8]) {
        bytes.withUnsafeBytes { append(bytes: $0) }
    }

    /// Every member and item starts so: the bytes stored straight into the buffer when they
    /// fit, as most do, with one check of its room.
    mutating func appendEntryStart(_ separator: UInt8, spaces: Int) {
        guard spaces <= Self.storedSpaces, buffer.count - position >= Self.storedSpaces + 2 else {
            return JSONWriter.writeEntryStart(separator, spaces: spaces, into: &self)
        }
        let start = UnsafeMutableRawPointer(buffer.baseAddress! + position)
        start.storeBytes(of: separator, as: UInt8.self)
        (start + 1).storeBytes(of: UInt8(ascii: "\n"), as: UInt8.self)
        Self.storeSpaces(at: start + 2)
        position += 2 + spaces
    }

    /// Every object and array with entries ends so: stored as `appendEntryStart` stores its bytes.
    mutating func appendEntriesEnd(_ closing: UInt8, spaces: Int) {
        guard spaces <= Self.storedSpaces, buffer.count - position >= Self.storedSpaces + 2 else {
            return JSONWriter.writeEntriesEnd(closing, spaces: spaces, into: &self)
        }
        let start = UnsafeMutableRawPointer(buffer.baseAddress! + position)
        start.storeBytes(of: UInt8(ascii: "\n"), as: UInt8.self)
        Self.storeSpaces(at: start + 1)
        (start + 1 + spaces).storeBytes(of: closing, as: UInt8.self)
        position += 2 + spaces
    }

    /// A key that needs no escape, and fits, is stored between its quotes at once, the `: `
    /// after it: most keys are short (`InlineText`).
    mutating func appendKey(_ key: String) {
        if !storeQuoted(key, colonSpaceAfter: true) { JSONWriter.writeKey(key, into: &self) }
    }

    /// A string that needs no escape, and fits, is stored between its quotes at once.
    mutating func appendString(_ string: String) {
        if !storeQuoted(string, colonSpaceAfter: false) { JSONWriter.writeString(string, into: &self) }
    }

    /// `string` between its quotes, and `: ` after them for a key, stored at once; false,
    /// storing nothing that counts, when a byte needs an escape or the room is short.
    @inline(__always)
    private mutating func storeQuoted(_ string: String, colonSpaceAfter: Bool) -> Bool {
        let after = colonSpaceAfter ? 2 : 0
        let room = buffer.count - position
        if let text = InlineText(string) {
            guard room >= InlineText.room + after, !text.needsEscape else { return false }
            let start = UnsafeMutableRawPointer(buffer.baseAddress! + position)
            text.storeQuoted(at: start)
            if colonSpaceAfter { (start + text.count + 2).storeBytes(of: Self.colonSpace, as: UInt16.self) }
            position += text.count + 2 + after
            return true
        }
        return string.utf8.withContiguousStorageIfAvailable { storeQuoted(bytes: $0, colonSpaceAfter: colonSpaceAfter) } ?? false
    }

    /// `storeQuoted(_:colonSpaceAfter:)` for text given as its UTF-8 bytes.
    @inline(__always)
    private mutating func storeQuoted(bytes: UnsafeBufferPointer<UInt8>, colonSpaceAfter: Bool) -> Bool {
        let after = colonSpaceAfter ? 2 : 0
        guard bytes.count + 2 + after <= buffer.count - position,
              let start = buffer.baseAddress.map({ UnsafeMutableRawPointer($0 + position) }),
              Self.storeQuoted(bytes, at: start)
        else { return false }
        if colonSpaceAfter { (start + bytes.count + 2).storeBytes(of: Self.colonSpace, as: UInt16.self) }
        position += bytes.count + 2 + after
        return true
    }

    /// `appendKey`, for a key given as its UTF-8 bytes (a logical id made in a buffer).
    mutating func appendKey(bytes key: UnsafeBufferPointer<UInt8>) {
        if !storeQuoted(bytes: key, colonSpaceAfter: true) { JSONWriter.writeKey(String(decoding: key, as: UTF8.self), into: &self) }
    }

    /// A constant key is stored between its quotes, and the `: ` after them, with no look
    /// for bytes to escape (it has none): a few word stores.
    mutating func appendKey(constant key: StaticString) {
        let count = key.utf8CodeUnitCount
        assert(!JSONWriter.hasEscapable(UnsafeBufferPointer(start: key.utf8Start, count: count)), "a constant key needs no escape")
        guard count + 4 <= buffer.count - position, let base = buffer.baseAddress else {
            return appendKey(bytes: UnsafeBufferPointer(start: key.utf8Start, count: count))
        }
        let start = UnsafeMutableRawPointer(base + position)
        start.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        Self.copyShort(UnsafeRawPointer(key.utf8Start), count: count, to: start + 1)
        (start + 1 + count).storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        (start + 2 + count).storeBytes(of: Self.colonSpace, as: UInt16.self)
        position += count + 4
    }

    /// Copies `count` bytes from `source` to `target` in word, half-word or byte moves, the
    /// last overlapping the one before: no call to copy memory, for a key's few bytes.
    @inline(__always)
    private static func copyShort(_ source: UnsafeRawPointer, count: Int, to target: UnsafeMutableRawPointer) {
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                target.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
                offset += 8
            }
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self), toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self), toByteOffset: count - 4, as: UInt32.self)
        } else if count > 0 {
            target.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
            target.storeBytes(of: source.load(fromByteOffset: count / 2, as: UInt8.self), toByteOffset: count / 2, as: UInt8.self)
            target.storeBytes(of: source.load(fromByteOffset: count - 1, as: UInt8.self), toByteOffset: count - 1, as: UInt8.self)
        }
    }

    /// `appendString`, for a string given as its UTF-8 bytes: checked and copied in one pass.
    mutating func appendString(bytes string: UnsafeBufferPointer<UInt8>) {
        if !storeQuoted(bytes: string, colonSpaceAfter: false) {
            JSONWriter.writeString(String(decoding: string, as: UTF8.self), into: &self)
        }
    }

    /// `: `, as stored in memory.
    private static let colonSpace = (UInt16(UInt8(ascii: ":")) | UInt16(UInt8(ascii: " ")) << 8).littleEndian

    /// Stores `"`, `bytes`, `"` at `start` and returns true, or returns false when a byte
    /// needs an escape. Eight bytes or more are copied a word at a time as they are looked
    /// at, the last word overlapping the one before: one pass, and no call to copy memory.
    @inline(__always)
    private static func storeQuoted(_ bytes: UnsafeBufferPointer<UInt8>, at start: UnsafeMutableRawPointer) -> Bool {
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else {
            start.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
            (start + 1).storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
            return true
        }
        let count = bytes.count
        if count >= 8 {
            var escapable: UInt64 = 0
            var offset = 0
            while offset + 8 < count {
                let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                (start + 1 + offset).storeBytes(of: word, as: UInt64.self)
                escapable |= JSONWriter.escapableBits(word)
                offset += 8
            }
            let word = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            (start + 1 + count - 8).storeBytes(of: word, as: UInt64.self)
            guard escapable | JSONWriter.escapableBits(word) == 0 else { return false }
        } else {
            guard !JSONWriter.hasEscapable(bytes) else { return false }
            (start + 1).copyMemory(from: base, byteCount: count)
        }
        start.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        (start + 1 + count).storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        return true
    }

    /// The spaces `storeSpaces(at:)` stores: an indentation of up to 16 levels, which a
    /// template's resources and an OpenAPI document's operations reach.
    private static let storedSpaces = 32

    /// `storedSpaces` spaces at `start`, in 8-byte stores.
    @inline(__always)
    private static func storeSpaces(at start: UnsafeMutableRawPointer) {
        let spaces = UInt64(0x2020_2020_2020_2020)
        start.storeBytes(of: spaces, as: UInt64.self)
        (start + 8).storeBytes(of: spaces, as: UInt64.self)
        (start + 16).storeBytes(of: spaces, as: UInt64.self)
        (start + 24).storeBytes(of: spaces, as: UInt64.self)
    }

    mutating func appendSpaces(_ count: Int) {
        // A line's indentation, two spaces a level, is rarely over `storedSpaces`: stored
        // eight bytes at a time, without a call to fill memory.
        if count <= Self.storedSpaces, buffer.count - position >= Self.storedSpaces {
            Self.storeSpaces(at: UnsafeMutableRawPointer(buffer.baseAddress! + position))
            position += count
            return
        }
        var remaining = count
        while remaining > 0 {
            if position == buffer.count { flush() }
            let run = min(remaining, buffer.count - position)
            (buffer.baseAddress! + position).initialize(repeating: UInt8(ascii: " "), count: run)
            position += run
            remaining -= run
        }
    }
}
