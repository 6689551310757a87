/// Where every mapping key of a tree was written, by its path from the root
/// (`["routes", "GET /pets", "mock"]`), found in logarithmic time: what `KeyIndex` holds.
///
/// One flat list, each mapping's keys side by side and sorted by name, searched by
/// halves: a spec has a few keys per route, and a hash table of them took twice the
/// memory of the list (more just past one of its doublings). A tree is one file's, so
/// the file is kept once, not with every key; a spec repeats a few names under every
/// route (`function`, `auth`), so each name is kept once too and keys refer to it.
struct KeyTable: Sendable {
    /// 20 bytes.
    private struct Key {
        /// In `names`.
        var name: UInt32
        var line: UInt32
        var column: UInt32
        /// The keys of the mapping under this key, if its value is one: `keys[start..<end]`.
        var start: UInt32 = 0
        var end: UInt32 = 0
    }

    private let file: FileName
    private let keys: [Key]
    private let names: [String]
    private let rootEnd: Int

    /// `file`: the one locations name (by default the tree's own).
    init(_ root: YAMLNode, file: FileName? = nil) {
        var builder = Builder(capacity: Self.count(root))
        self.file = file ?? root.location.name
        rootEnd = Int(builder.collect(root.pairs ?? []).end)
        keys = builder.keys
        names = builder.names
    }

    func location(_ path: [String]) -> SourceLocation? {
        var range = 0..<rootEnd
        var location: SourceLocation?
        for name in path {
            guard let index = find(name, in: range) else { return nil }
            location = SourceLocation(file: file, line: Int(keys[index].line), column: Int(keys[index].column))
            range = Int(keys[index].start)..<Int(keys[index].end)
        }
        return location
    }

    private func find(_ name: String, in range: Range<Int>) -> Int? {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if names[Int(keys[middle].name)] < name { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && names[Int(keys[low].name)] == name ? low : nil
    }

    private struct Builder {
        var keys: [Key] = []
        var names: [String] = []
        /// Where each name is in `names`.
        private var nameIDs: [String: UInt32] = [:]
        /// The name of each length (up to 15 bytes) found last, and its id: mappings in a row
        /// repeat the same few names, which this finds without hashing them.
        private var lastByLength = [(name: String, id: UInt32)](repeating: ("", 0), count: 16)

        /// `capacity`: how many keys will be appended at most.
        init(capacity: Int) { keys.reserveCapacity(capacity) }

        /// Appends the keys of `pairs` (one mapping, or the mappings under a repeated key)
        /// sorted by name, then what lies under each. Like a lookup by hand, the last of
        /// duplicate keys wins; what lies under either stays reachable.
        mutating func collect(_ pairs: [YAMLNode.Pair]) -> (start: UInt32, end: UInt32) {
            // By name, then by position: a repeated key's pairs end up side by side, the last one last.
            var named: [(name: String, index: Int, ascii: Bool)] = []
            named.reserveCapacity(pairs.count)
            for index in pairs.indices {
                let name = pairs[index].keyText
                named.append((name, index, name.utf8.allSatisfy { $0 < 0x80 }))
            }
            named.sort { a, b in
                if a.ascii, b.ascii, let order = Self.asciiOrder(a.name, b.name) { return order == 0 ? a.index < b.index : order < 0 }
                return (a.name, a.index) < (b.name, b.index)
            }
            let start = keys.count
            Self.forEachGroup(of: named) { group in
                let location = pairs[named[group.upperBound - 1].index].keyLocation
                keys.append(Key(name: id(of: named[group.lowerBound].name), line: UInt32(location.line), column: UInt32(location.column)))
            }
            var key = start
            Self.forEachGroup(of: named) { group in
                defer { key += 1 }
                let range: (start: UInt32, end: UInt32)
                if group.count == 1 {
                    guard let mapping = pairs[named[group.lowerBound].index].value.pairs else { return }
                    range = collect(mapping)
                } else {
                    let mappings = named[group].compactMap { pairs[$0.index].value.pairs }
                    guard !mappings.isEmpty else { return }
                    range = collect(Array(mappings.joined()))
                }
                keys[key].start = range.start
                keys[key].end = range.end
            }
            return (UInt32(start), UInt32(key))
        }

        /// How two ASCII strings compare (-1, 0 or 1), read as bytes in place: ASCII is its own
        /// normal form, where `String`'s order is that of the bytes, at a fraction of the cost
        /// of the generic comparison. Nil when a string has no contiguous bytes.
        private static func asciiOrder(_ a: String, _ b: String) -> Int? {
            let order = a.utf8.withContiguousStorageIfAvailable { a in
                b.utf8.withContiguousStorageIfAvailable { b in
                    let common = min(a.count, b.count)
                    var offset = 0
                    // Eight bytes at a time: keys of one mapping often share a long prefix (`GET /items`).
                    while offset + 8 <= common {
                        let x = UnsafeRawPointer(a.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        let y = UnsafeRawPointer(b.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        if x != y { return x.bigEndian < y.bigEndian ? -1 : 1 }
                        offset += 8
                    }
                    for offset in offset..<common where a[offset] != b[offset] { return a[offset] < b[offset] ? -1 : 1 }
                    return a.count == b.count ? 0 : a.count < b.count ? -1 : 1
                }
            }
            return order ?? nil
        }

        /// Calls `body` with each run of equal names in `named`, in order.
        private static func forEachGroup(of named: [(name: String, index: Int, ascii: Bool)], _ body: (Range<Int>) -> Void) {
            var first = 0
            while first < named.count {
                var end = first + 1
                while end < named.count, named[end].name == named[first].name { end += 1 }
                body(first..<end)
                first = end
            }
        }

        /// Only names a String holds inline (15 bytes) are shared: the repeated ones are
        /// keywords, and longer ones (route keys) are mostly written once, so looking them
        /// up would cost time and save nothing.
        private mutating func id(of name: String) -> UInt32 {
            let length = name.utf8.count
            guard length <= 15 else {
                names.append(name)
                return UInt32(names.count - 1)
            }
            // The slots start out holding the empty name, so that one is never looked up in them.
            if length > 0, lastByLength[length].name == name { return lastByLength[length].id }
            let id: UInt32
            if let known = nameIDs[name] {
                id = known
            } else {
                id = UInt32(names.count)
                names.append(name)
                nameIDs[name] = id
            }
            lastByLength[length] = (name, id)
            return id
        }
    }

    /// How many keys `node` holds at any depth (repeated ones included): what `collect` appends at most.
    private static func count(_ node: YAMLNode) -> Int {
        guard let pairs = node.pairs else { return 0 }
        return pairs.reduce(pairs.count) { $0 + count($1.value) }
    }
}
