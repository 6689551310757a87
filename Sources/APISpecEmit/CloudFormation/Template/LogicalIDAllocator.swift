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

    /// The ids taken, in the order they were.
    private var ids: [String] = []
    /// Open addressing over `ids`, a power of two long and at most three quarters full: 0 for
    /// a free slot, else an id's hash's upper half above its index in `ids` plus one.
    private var slots: [UInt64]

    /// Room for `capacity` ids at once: growing the table rehashes every id claimed before.
    init(reserved: [String] = [], capacity: Int = 0) {
        let room = max(reserved.count, capacity)
        ids.reserveCapacity(room)
        slots = Self.emptySlots(for: room)
        for id in reserved {
            if let vacancy = id.withUTF8Bytes(vacancy) { take(id, at: vacancy) }
        }
    }

    /// `base` + `suffix`, or with a counter before the suffix when that is already taken;
    /// a long `base` is cut so that the whole id fits.
    mutating func claim(_ base: String, suffix: String = "") -> String {
        let stem = base.isEmpty && suffix.isEmpty ? "Resource" : Self.cut(base, suffix: suffix)
        // Most ids are free: the String made at once (a few words, most of them), then looked up.
        let id = stem + suffix
        if let vacancy = id.withUTF8Bytes(vacancy) {
            take(id, at: vacancy)
            return id
        }
        return stem.withUTF8Bytes { claimFitting($0, suffix: suffix) }
    }

    /// `claim(base, suffix:)` for a base of ASCII letters and digits (PascalCase's): a
    /// permission per route is named so, from bytes made in one buffer.
    mutating func claim(_ base: [UInt8], suffix: String) -> String {
        assert(base.allSatisfy(PascalCase.isLetterOrDigit), "a logical id is ASCII letters and digits")
        let length = base.count + suffix.utf8.count
        guard length + Self.counterRoom <= Self.maximumLength, length > 0 else {
            return claim(String(decoding: base, as: UTF8.self), suffix: suffix)
        }
        return base.withUnsafeBufferPointer { claimFitting($0, suffix: suffix) }
    }

    /// `stem` + `suffix`, or with the first counter that makes it free. Made in a buffer on
    /// the stack: appending the suffix to a list of bytes and taking it off again cost more.
    private mutating func claimFitting(_ stem: UnsafeBufferPointer<UInt8>, suffix: String) -> String {
        assert(suffix.utf8.allSatisfy(PascalCase.isLetterOrDigit), "a logical id is ASCII letters and digits")
        return suffix.withUTF8Bytes { suffix in
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
                    if let vacancy = vacancy(for: id) {
                        let made = String(decoding: id, as: UTF8.self)
                        take(made, at: vacancy)
                        return made
                    }
                    counter += 1
                }
            }
        }
    }

    /// The most digits a counter has.
    private static let counterDigits = 20

    /// The free slot where the id of `bytes` goes, and the upper half of its hash; nil when
    /// the id is taken.
    private func vacancy(for bytes: UnsafeBufferPointer<UInt8>) -> (slot: Int, tag: UInt64)? {
        let tag = Self.hash(UnsafeRawBufferPointer(bytes)) >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: tag) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry >> 32 == tag, ids[Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1].utf8.elementsEqual(bytes) { return nil }
            slot = (slot + 1) & mask
        }
        return (slot, tag)
    }

    /// Takes `id`, whose free slot `vacancy` found.
    private mutating func take(_ id: String, at vacancy: (slot: Int, tag: UInt64)) {
        ids.append(id)
        slots[vacancy.slot] = vacancy.tag << 32 | UInt64(ids.count)
        if ids.count * 4 > slots.count * 3 { grow() }
    }

    /// A hash of an id's bytes, a word at a time: `WordHash`'s steps of 32 bytes and their
    /// final mixing cost as much again as the id's few words.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < bytes.count {
            var last: UInt64 = 0
            for index in offset..<bytes.count { last = last << 8 | UInt64(bytes[index]) }
            hash = mix(hash, last)
        }
        // Every byte into the upper half, which the table keeps.
        hash = (hash ^ hash >> 32) &* 0x94D0_49BB_1331_11EB
        return hash ^ hash >> 29
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        return mixed << 27 | mixed >> 37
    }

    /// Twice the slots, each entry moved to its place in them by the hash it keeps.
    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for entry in slots where entry != 0 {
            var slot = Int(truncatingIfNeeded: entry >> 32) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        slots = grown
    }

    /// Free slots for `count` ids, at most three quarters full.
    private static func emptySlots(for count: Int) -> [UInt64] {
        var length = 16
        while length * 3 < count * 4 + 4 { length *= 2 }
        return [UInt64](repeating: 0, count: length)
    }

    /// `base` without what would not fit before `suffix` and a counter. No string has more
    /// Characters than bytes, so one that fits by its bytes is whole, without counting them.
    private static func cut(_ base: String, suffix: String) -> String {
        guard base.utf8.count + suffix.utf8.count + counterRoom > maximumLength else { return base }
        return String(base.prefix(maximumLength - suffix.count - counterRoom))
    }
}
