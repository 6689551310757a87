internal import CYAMLPipe

/// The keys of a large mapping being loaded, by the position of their pair: finds a repeated
/// key in one hash. Each slot is a pair's index and 32 bits of its key's hash, 8 bytes, where a
/// dictionary of key strings and locations takes 32 a slot: at 100,000 routes 2 MB instead of
/// 8, held when the tree is at its largest.
struct KeyPositions {
    /// Open addressing, at most half full. 0 is empty; else the key's hash in the high half
    /// and its pair's index plus one in the low half.
    private var slots: [UInt64]
    private var count = 0

    /// Indexes the scalar keys of `pairs` but merge keys (which repeat), none of them repeated.
    init<Pairs: RandomAccessCollection<YAMLNode.Pair>>(_ pairs: Pairs) where Pairs.Index == Int {
        slots = Array(repeating: 0, count: Self.capacity(for: pairs.count))
        for index in pairs.indices {
            let key = pairs[index].keyText
            guard !MergeKeys.isKey(key) else { continue }
            _ = insert(key, at: index) { pairs[$0].keyText }
        }
    }

    /// Records `key` as the key of the pair at `index`, `pairs.count` while it is pending;
    /// when an earlier pair has the same key, records nothing and returns that pair's index.
    /// `keyAt` gives an earlier pair's key by its index.
    mutating func insert(_ key: String, at index: Int, keyAt: (Int) -> String) -> Int? {
        insert(key, hash: Self.hash(key), at: index, keyAt: keyAt)
    }

    /// The hash `insert` places `key` by, 32 bits: the same for keys that `==` finds equal
    /// (canonical equivalence), as the table compares them. An ASCII key without `K`, `;` or
    /// `` ` `` equals no other bytes than its own (only those three ASCII characters have an
    /// equivalent past ASCII: the Kelvin sign, the Greek question mark, the Greek varia), so
    /// its bytes are hashed, a word at a time; any other key is hashed as a `String` is, which
    /// costs some 300 instructions more (every route's key).
    static func hash(_ key: String) -> UInt64 {
        if let hash = key.utf8.withContiguousStorageIfAvailable(CanonicalBytes.hash) ?? nil {
            return UInt64(UInt32(truncatingIfNeeded: hash))
        }
        return UInt64(UInt32(truncatingIfNeeded: key.hashValue))
    }

    /// Asks for the slot a key of `hash` is looked up at first, ahead of its `insert`: in a
    /// table of a hundred thousand keys it is seldom in the cache.
    func prefetch(hash: UInt64) {
        slots.withUnsafeBufferPointer { yaml_pipe_prefetch($0.baseAddress! + (Int(hash) & ($0.count - 1))) }
    }

    /// `insert`, with `key`'s hash already made (`hash(_:)`).
    mutating func insert(_ key: String, hash: UInt64, at index: Int, keyAt: (Int) -> String) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let earlier = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
            if slots[slot] >> 32 == hash, keyAt(earlier) == key { return earlier }
            slot = (slot + 1) & mask
        }
        slots[slot] = hash << 32 | UInt64(index + 1)
        count += 1
        return nil
    }

    /// Twice the slots, each entry placed again by the hash it keeps: no key is hashed twice.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// A power of two at least twice `count`, and at least 64.
    private static func capacity(for count: Int) -> Int {
        var capacity = 64
        while capacity < count * 2 { capacity *= 2 }
        return capacity
    }
}
