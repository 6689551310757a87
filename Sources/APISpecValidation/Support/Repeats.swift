/// Items whose key repeats an earlier item's, found without holding a key per item: items
/// are sorted by 32 bits of their key's hash, and keys are made again and compared only
/// where those bits agree, so a collision never joins two different keys. A table of the
/// keys of a hundred thousand routes took 12 MB.
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
        var hashed = (0..<count).map { (hash: UInt32(truncatingIfNeeded: hash($0)), index: UInt32($0)) }
        hashed.sort { ($0.hash, $0.index) < ($1.hash, $1.index) }
        var found: [(index: Int, first: Int)] = []
        var start = 0
        while start < hashed.count {
            var end = start + 1
            while end < hashed.count, hashed[end].hash == hashed[start].hash { end += 1 }
            if end - start > 1 {
                // In item order within the run: the first of equal keys is the earliest item.
                var firsts: [Int] = []
                for index in hashed[start..<end].lazy.map({ Int($0.index) }) {
                    if let first = firsts.first(where: { same($0, index) }) {
                        found.append((index, first))
                    } else {
                        firsts.append(index)
                    }
                }
            }
            start = end
        }
        return found.sorted { $0.index < $1.index }
    }
}
