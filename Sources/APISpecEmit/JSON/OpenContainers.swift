/// The objects and arrays a `JSONTextSink` has open, innermost last: for each, whether it is
/// an object and whether it has an entry yet, two bits, which with its depth are all the
/// sink needs to write its entries' starts and its close. Held in a word, 32 levels deep,
/// without a list to allocate for each value a sink writes; deeper levels go to a list.
struct OpenContainers {
    /// The innermost levels (up to 32), the innermost in the lowest two bits.
    private var word: UInt64 = 0
    /// The levels outside `word`'s, 32 to a word, innermost last.
    private var outer: [UInt64] = []
    /// How many are open.
    private(set) var depth = 0

    private static let objectBit: UInt64 = 1
    private static let entryBit: UInt64 = 2
    private static let levelsInWord = 32

    /// Whether the innermost open container is an object; false when none is open.
    var innermostIsObject: Bool { depth > 0 && word & Self.objectBit != 0 }

    /// Whether the innermost open container is an array; false when none is open.
    var innermostIsArray: Bool { depth > 0 && word & Self.objectBit == 0 }

    /// Whether the innermost open container has an entry yet; false when none is open.
    var innermostHasEntries: Bool { depth > 0 && word & Self.entryBit != 0 }

    mutating func open(_ container: JSONContainer) {
        if depth > 0, depth % Self.levelsInWord == 0 {
            outer.append(word)
            word = 0
        }
        word = word << 2 | (container == .object ? Self.objectBit : 0)
        depth += 1
    }

    /// Counts an entry of the innermost container; returns whether it had one already.
    mutating func addEntry() -> Bool {
        defer { word |= Self.entryBit }
        return word & Self.entryBit != 0
    }

    /// Closes the innermost container; returns what it was and whether it had an entry.
    mutating func close() -> (container: JSONContainer, hadEntries: Bool) {
        precondition(depth > 0, "end() closes an open object or array")
        let closed = (container: word & Self.objectBit != 0 ? JSONContainer.object : .array,
                      hadEntries: word & Self.entryBit != 0)
        word >>= 2
        depth -= 1
        if depth > 0, depth % Self.levelsInWord == 0 { word = outer.removeLast() }
        return closed
    }
}
