import APISpecCore

/// Which methods' operation ids took which words, for ids that are their places' unnumbered
/// ids (`OperationIDs.base`: a method of lower-case letters, then its path's words, which
/// start with a capital or a digit): two such ids are the same only where their methods and
/// words are. So each id is told apart from the others by one bit, of its method in its
/// words' entry, and the words hashed once for each path: a set of every id, 100,000 of
/// them, cost a cache miss an id and held each id until all were freed together.
struct UnnumberedIDs {
    /// A bit for each method number.
    static let methods = UInt64.bitWidth

    /// Each distinct words' number, by the hash of their bytes alone: words of the same hash
    /// are taken as the same, which at worst makes ids look repeated (a group's set is then
    /// made, which gives each its exact id).
    private var numbers: NumbersByHash
    private let capacity: Int
    /// By words number, the methods whose ids took them, a bit for each.
    private var methodsOfWords: [UInt64] = []
    /// The path whose words were taken last, and their number: a path's places are named
    /// together, and have its words (`PathWords`).
    private var lastPath: Int32?
    private var lastNumber: Int?

    /// Room for the words of `paths` paths: once that many are held, all are taken as repeated.
    init(paths: Int) {
        capacity = paths
        numbers = NumbersByHash(capacity: paths)
        methodsOfWords.reserveCapacity(paths)
    }

    /// Takes `words`, those of path number `path`, for a place of method number `method`;
    /// false when that method's ids took them already.
    mutating func take(_ words: [UInt8], ofPath path: Int32, method: Int) -> Bool {
        guard let number = wordsNumber(words, ofPath: path) else { return false }
        let bit = UInt64(1) << UInt64(method)
        guard methodsOfWords[number] & bit == 0 else { return false }
        methodsOfWords[number] |= bit
        return true
    }

    /// The number of `words`; nil once there is no room for new ones.
    private mutating func wordsNumber(_ words: [UInt8], ofPath path: Int32) -> Int? {
        if path == lastPath, let lastNumber { return lastNumber }
        guard methodsOfWords.count < capacity else { return nil }
        var hash = WordHash()
        words.withUnsafeBytes { hash.add($0) }
        let number = numbers.number(hash: hash.value, new: methodsOfWords.count) { _ in true }
        if number == methodsOfWords.count { methodsOfWords.append(0) }
        lastPath = path
        lastNumber = number
        return number
    }
}
