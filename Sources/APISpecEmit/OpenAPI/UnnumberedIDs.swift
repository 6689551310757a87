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
    /// The words taken last, and their number: a path's places are named together.
    private var last: [UInt8] = []
    private var lastNumber: Int?

    /// Room for the words of `paths` paths: once that many are held, all are taken as repeated.
    init(paths: Int) {
        capacity = paths
        numbers = NumbersByHash(capacity: paths)
        methodsOfWords.reserveCapacity(paths)
    }

    /// Takes the words of `id`, the unnumbered id of a place of method number `method`, which
    /// is its first `methodLength` bytes; false when that method's ids took them already.
    mutating func take(_ id: String, method: Int, methodLength: Int) -> Bool {
        let number = id.withUTF8Bytes { (bytes: UnsafeBufferPointer<UInt8>) -> Int? in
            wordsNumber(UnsafeBufferPointer(rebasing: bytes[methodLength...]))
        }
        guard let number else { return false }
        let bit = UInt64(1) << UInt64(method)
        guard methodsOfWords[number] & bit == 0 else { return false }
        methodsOfWords[number] |= bit
        return true
    }

    /// The number of `words`; nil once there is no room for new ones.
    private mutating func wordsNumber(_ words: UnsafeBufferPointer<UInt8>) -> Int? {
        if let lastNumber, Self.same(words, last) { return lastNumber }
        guard methodsOfWords.count < capacity else { return nil }
        var hash = WordHash()
        hash.add(UnsafeRawBufferPointer(words))
        let number = numbers.number(hash: hash.value, new: methodsOfWords.count) { _ in true }
        if number == methodsOfWords.count { methodsOfWords.append(0) }
        last.removeAll(keepingCapacity: true)
        last.append(contentsOf: words)
        lastNumber = number
        return number
    }

    /// Byte for byte, a loop the compiler keeps tight (the generic `elementsEqual` is not).
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        for index in a.indices where a[index] != b[index] { return false }
        return true
    }
}
