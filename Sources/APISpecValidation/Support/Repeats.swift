/// Items whose key repeats an earlier item's, found without holding a key per item: a table
/// holds 32 bits of the hash and the index of the first item of each key, and keys are made
/// again and compared only where those bits agree, so a collision never joins two different
/// keys. A table of the keys of a hundred thousand routes took 12 MB; sorting the items by
/// hash instead took longer than the keys' hashing itself.
public enum Repeats {
    /// Each item whose key equals an earlier item's, with the first item of that key, in item order.
    @inlinable
    public static func find<Key: Hashable>(count: Int, key: (Int) -> Key) -> [(index: Int, first: Int)] {
        find(count: count, hash: { key($0).hashValue }, same: { key($0) == key($1) })
    }

    /// `find(count:key:)` for keys that are costly to make: `hash` reads an item's key without
    /// making it, and must be equal for items that are the `same`.
    @inlinable
    public static func find(count: Int, hash: (Int) -> Int, same: (Int, Int) -> Bool) -> [(index: Int, first: Int)] {
        // At most half full, so that a probe ends soon; an entry is the hash's 32 bits above
        // the item's index + 1, 0 where there is none.
        var bits = 4
        while 1 << bits < 2 * count { bits += 1 }
        var table = [UInt64](repeating: 0, count: 1 << bits)
        let mask = (1 << bits) - 1
        var found: [(index: Int, first: Int)] = []
        for index in 0..<count {
            let hash = UInt32(truncatingIfNeeded: hash(index))
            // Fibonacci hashing: the top bits of the product depend on every bit of the hash.
            var slot = Int(truncatingIfNeeded: (UInt64(hash) &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
            while true {
                let entry = table[slot]
                if entry == 0 {
                    table[slot] = UInt64(hash) << 32 | UInt64(index + 1)
                    break
                }
                let first = Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: entry)) - 1
                if UInt32(truncatingIfNeeded: entry >> 32) == hash, same(first, index) {
                    found.append((index, first))
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        return found
    }
}
