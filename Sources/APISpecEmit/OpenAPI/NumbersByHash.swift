/// Numbers found by a 64-bit hash: an open-addressed table of one word a slot, the upper half
/// of the hash beside the number. Its caller tells numbers of the same hash apart, holding
/// what it numbers. A dictionary of strings held 32 bytes an entry: at 100,000 routes, its
/// megabytes were fresh pages to fault in and a cache miss a lookup.
struct NumbersByHash {
    /// Upper half: the hash's upper half; lower half: the number plus one (0: an empty slot).
    private var slots: [UInt64]
    private let mask: Int
    /// Numbers held: one slot stays empty, or a lookup of a new hash would probe forever.
    private var count = 0

    /// Room for `count` numbers, the table at most half full.
    init(capacity count: Int) {
        var size = 16
        while size < 2 * count { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The number held for `hash` that `isSame` accepts; else `new`, held for it from now on.
    /// Holds at most the capacity it was made with.
    mutating func number(hash: UInt64, new: Int, isSame: (Int) -> Bool) -> Int {
        let upper = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let held = slots[slot]
            if held == 0 {
                precondition(count < mask, "NumbersByHash holds fewer numbers than its slots")
                count += 1
                slots[slot] = upper | UInt64(new + 1)
                return new
            }
            if held & 0xFFFF_FFFF_0000_0000 == upper, isSame(Int(held & 0xFFFF_FFFF) - 1) {
                return Int(held & 0xFFFF_FFFF) - 1
            }
            slot = (slot + 1) & mask
        }
    }
}
