import APISpecCore

/// Hands out logical ids that are unique within one namespace (resources and parameters share
/// one; outputs have their own). Ids are claimed in spec order, so they are stable run to run;
/// a clash gets a counter (`Pets2Function`).
///
/// Ids are kept, hashed and compared as bytes: a template's ids are ASCII letters and digits
/// (what `LogicalID` makes; a deployment's suffix is hex), and two such ids are equal exactly
/// when their bytes are. A `Set<String>` hashed each with SipHash and compared Strings along
/// its probes, some 1,300 instructions a claim; a WebSocket API claims three ids a route.
struct LogicalIDAllocator {
    /// CloudFormation's longest logical id.
    static let maximumLength = 255
    /// Room kept after a base for a counter.
    private static let counterRoom = 6

    /// The ids taken, one after another: no String kept for each (a template's hundreds of
    /// thousands held their memory to the end, so that each new one came from memory not
    /// touched yet).
    private var bytes: [UInt8] = []
    /// Where each id taken starts in `bytes`, in the order they were; each ends where the
    /// next starts.
    private var starts: [Int] = []
    /// Open addressing over `starts`, a power of two long and at most three quarters full:
    /// 0 for a free slot, else the id's index in `starts` plus one in the low `indexBits`
    /// bits, and as many bits of its hash above them. Four bytes a slot: a table for a large
    /// template (half a million slots) misses the caches at each claim, half as much memory
    /// as eight bytes a slot.
    private var slots: [UInt32]
    /// log2 of `slots.count`: an index plus one is always below it, at three quarters full.
    private var indexBits: Int
    /// What `warm` read, kept so that its reads are made.
    private var warmed: UInt32 = 0

    /// Room for `capacity` ids at once: growing the table rehashes every id claimed before.
    init(reserved: [String] = [], capacity: Int = 0) {
        let room = max(reserved.count, capacity)
        starts.reserveCapacity(room)
        bytes.reserveCapacity(room * Self.typicalBytes)
        (slots, indexBits) = Self.emptySlots(for: room)
        for id in reserved {
            id.withUTF8Bytes { id in
                if let vacancy = vacancy(for: id) { take(id, at: vacancy) }
            }
        }
    }

    /// About the bytes of an id (`PetsGetPetsIdPermission`).
    private static let typicalBytes = 32

    /// `base` + `suffix`, or with a counter before the suffix when that is already taken;
    /// a long `base` is cut so that the whole id fits.
    mutating func claim(_ base: String, suffix: String = "") -> String {
        let stem = base.isEmpty && suffix.isEmpty ? "Resource" : Self.cut(base, suffix: suffix)
        // Most ids are free: the String made at once (a few words, most of them), then looked
        // up; its pieces copied once (`+` grew it as it appended, some 500 instructions).
        let id = UTF8Bytes.joined(stem, suffix, "")
        let free = id.withUTF8Bytes { id in
            guard let vacancy = vacancy(for: id) else { return false }
            take(id, at: vacancy)
            return true
        }
        if free { return id }
        stem.withUTF8Bytes { claimFitting($0, suffix: suffix) }
        return withLastID { String(decoding: $0, as: UTF8.self) }
    }

    /// `claim(base, suffix:)` for a base of ASCII letters and digits (PascalCase's), without
    /// a String made of the id: its bytes are read through `lastClaimed` and `withID`.
    mutating func claimBytes(_ base: [UInt8], suffix: String) {
        assert(base.allSatisfy(PascalCase.isLetterOrDigit), "a logical id is ASCII letters and digits")
        let length = base.count + suffix.utf8.count
        guard length + Self.counterRoom <= Self.maximumLength, length > 0 else {
            _ = claim(String(decoding: base, as: UTF8.self), suffix: suffix)
            return
        }
        base.withUnsafeBufferPointer { claimFitting($0, suffix: suffix) }
    }

    /// `claimBytes(base, suffix:)` for an id made whole, `baseCount` bytes of base then the
    /// suffix, whose `hash(_:)` was found ahead (`warm`).
    mutating func claimBytes(_ id: UnsafeBufferPointer<UInt8>, baseCount: Int, hash: UInt64) {
        assert(id.allSatisfy(PascalCase.isLetterOrDigit), "a logical id is ASCII letters and digits")
        // Made only when the id is not taken as it is, which is rare.
        var suffix: String { String(decoding: UnsafeBufferPointer(rebasing: id[baseCount...]), as: UTF8.self) }
        guard id.count + Self.counterRoom <= Self.maximumLength, !id.isEmpty else {
            _ = claim(String(decoding: UnsafeBufferPointer(rebasing: id[..<baseCount]), as: UTF8.self), suffix: suffix)
            return
        }
        if let vacancy = vacancy(for: id, hash: hash) { return take(id, at: vacancy) }
        claimFitting(UnsafeBufferPointer(rebasing: id[..<baseCount]), suffix: suffix)
    }

    /// What an id is hashed by here. Inlined: each claim hashes its id.
    @inline(__always)
    static func hash(_ id: UnsafeBufferPointer<UInt8>) -> UInt64 {
        BytesHash.hash(UnsafeRawBufferPointer(id))
    }

    /// Reads the slots where ids of `hashes` (`hash(_:)`) would go, so that claiming them
    /// soon after finds those slots cached: a large template's table is past the caches,
    /// and a claim waited for its slot alone, where these reads wait together.
    mutating func warm(_ hashes: UnsafeBufferPointer<UInt64>) {
        var read: UInt32 = 0
        slots.withUnsafeBufferPointer { slots in
            for hash in hashes { read |= slots[Int(truncatingIfNeeded: hash >> 32) & (slots.count - 1)] }
        }
        warmed = read
    }

    /// The bytes of the id claimed last, to `body`.
    func withLastID<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withID(lastClaimed, body)
    }

    /// The id claimed last, by its place among the ids taken: its bytes stay here, read by
    /// `withID`, where a String made of them cost some 250 instructions.
    var lastClaimed: ClaimedID { ClaimedID(number: starts.count - 1) }

    /// The bytes of `id`, to `body`.
    func withID<Result>(_ id: ClaimedID, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Self.withBytes(at: place(of: id), body)
    }

    /// Where the bytes of `id` are: `storage[range]`. Read so by an owner of the allocator
    /// that hands them to a closure (`withBytes(at:_:)`): calling `withID` on its stored
    /// allocator copied every part of what holds it, the closure being free to change them.
    func place(of id: ClaimedID) -> (storage: [UInt8], range: Range<Int>) {
        (bytes, range(of: id.number))
    }

    /// The bytes at `place` (`place(of:)`), to `body`.
    static func withBytes<Result>(
        at place: (storage: [UInt8], range: Range<Int>), _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        place.storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[place.range])) }
    }

    /// Takes `stem` + `suffix`, or with the first counter that makes it free. Made in a buffer
    /// on the stack: appending the suffix to a list of bytes and taking it off again cost more.
    private mutating func claimFitting(_ stem: UnsafeBufferPointer<UInt8>, suffix: String) {
        assert(suffix.utf8.allSatisfy(PascalCase.isLetterOrDigit), "a logical id is ASCII letters and digits")
        suffix.withUTF8Bytes { suffix in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stem.count + Self.counterDigits + suffix.count) { buffer in
                _ = buffer.initialize(fromContentsOf: stem)
                var counter = 1
                while true {
                    var end = stem.count
                    if counter > 1 {
                        for digit in String(counter).utf8 {
                            buffer[end] = digit
                            end += 1
                        }
                    }
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: suffix)
                    let id = UnsafeBufferPointer(rebasing: buffer[..<(end + suffix.count)])
                    if let vacancy = vacancy(for: id) { return take(id, at: vacancy) }
                    counter += 1
                }
            }
        }
    }

    /// The most digits a counter has.
    private static let counterDigits = 20

    /// The free slot where the id of `id` goes, and the entry that marks it taken there
    /// (less the index); nil when the id is taken.
    private func vacancy(for id: UnsafeBufferPointer<UInt8>) -> (slot: Int, tag: UInt32)? {
        vacancy(for: id, hash: Self.hash(id))
    }

    /// `vacancy(for: id)`, `hash` being `hash(id)`.
    private func vacancy(for id: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, tag: UInt32)? {
        let mask = slots.count - 1
        let indexMask = UInt32(mask)
        // The slot from the hash's upper half, the bits kept from its lower half.
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        let tag = UInt32(truncatingIfNeeded: hash) & ~indexMask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & ~indexMask == tag, equals(Int(truncatingIfNeeded: entry & indexMask) - 1, id) { return nil }
            slot = (slot + 1) & mask
        }
        return (slot, tag)
    }

    /// Whether the id taken `index`th has the bytes of `id`.
    private func equals(_ index: Int, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        let taken = range(of: index)
        return taken.count == id.count && bytes.withUnsafeBufferPointer { $0[taken].elementsEqual(id) }
    }

    /// Where the id taken `index`th is in `bytes`.
    private func range(of index: Int) -> Range<Int> {
        starts[index]..<(index + 1 < starts.count ? starts[index + 1] : bytes.count)
    }

    /// Takes `id`, whose free slot `vacancy` found.
    private mutating func take(_ id: UnsafeBufferPointer<UInt8>, at vacancy: (slot: Int, tag: UInt32)) {
        starts.append(bytes.count)
        bytes.append(contentsOf: id)
        slots[vacancy.slot] = vacancy.tag | UInt32(starts.count)
        if starts.count * 4 > slots.count * 3 { grow() }
    }

    /// Twice the slots, each id hashed again to its place in them (an entry keeps fewer
    /// bits of the hash than its place there takes).
    private mutating func grow() {
        (slots, indexBits) = Self.emptySlots(for: starts.count * 2)
        bytes.withUnsafeBufferPointer { bytes in
            for index in starts.indices {
                let id = UnsafeBufferPointer(rebasing: bytes[range(of: index)])
                guard let vacancy = vacancy(for: id) else { preconditionFailure("ids taken are distinct") }
                slots[vacancy.slot] = vacancy.tag | UInt32(index + 1)
            }
        }
    }

    /// Free slots for `count` ids, at most three quarters full, and log2 of their number.
    private static func emptySlots(for count: Int) -> (slots: [UInt32], indexBits: Int) {
        var bits = 4
        while 3 << bits < count * 4 + 4 { bits += 1 }
        precondition(bits < 32, "an entry keeps at least a bit of its id's hash")
        return ([UInt32](repeating: 0, count: 1 << bits), bits)
    }

    /// `base` without what would not fit before `suffix` and a counter. No string has more
    /// Characters than bytes, so one that fits by its bytes is whole, without counting them.
    private static func cut(_ base: String, suffix: String) -> String {
        guard base.utf8.count + suffix.utf8.count + counterRoom > maximumLength else { return base }
        return String(base.prefix(maximumLength - suffix.count - counterRoom))
    }
}
