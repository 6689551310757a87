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

    /// Each distinct words' number.
    private var numbers: [HashedText: Int] = [:]
    /// By words number, the methods whose ids took them, a bit for each.
    private var methodsOfWords: [UInt64] = []
    /// The words taken last, and their number: a path's places are named together.
    private var last: [UInt8] = []
    private var lastNumber: Int?

    /// Room for the words of `paths` paths: a dictionary that grows hashes again each key it holds.
    init(paths: Int) {
        numbers.reserveCapacity(paths)
        methodsOfWords.reserveCapacity(paths)
    }

    /// Takes the words of `id`, the unnumbered id of a place of method number `method`, which
    /// is its first `methodLength` bytes; false when that method's ids took them already.
    mutating func take(_ id: String, method: Int, methodLength: Int) -> Bool {
        let number = id.withUTF8Bytes { (bytes: UnsafeBufferPointer<UInt8>) -> Int in
            wordsNumber(UnsafeBufferPointer(rebasing: bytes[methodLength...]))
        }
        let bit = UInt64(1) << UInt64(method)
        guard methodsOfWords[number] & bit == 0 else { return false }
        methodsOfWords[number] |= bit
        return true
    }

    private mutating func wordsNumber(_ words: UnsafeBufferPointer<UInt8>) -> Int {
        if let lastNumber, Self.same(words, last) { return lastNumber }
        let key = HashedText(String(decoding: words, as: UTF8.self))
        let number = numbers[key] ?? methodsOfWords.count
        if number == methodsOfWords.count {
            numbers[key] = number
            methodsOfWords.append(0)
        }
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
