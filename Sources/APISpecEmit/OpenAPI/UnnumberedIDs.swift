/// Which methods' operation ids took which words, for ids that are their places' unnumbered
/// ids (`OperationIDs.base`: a method of lower-case letters, then its path's words, which
/// start with a capital or a digit): two such ids are the same only where their methods and
/// words are. So each id is told apart from the others by one bit, of its method in its
/// words' entry (by the number `PathWords` gives them): a set of every id, 100,000 of them,
/// cost a cache miss an id and held each id until all were freed together.
struct UnnumberedIDs {
    /// A bit for each method number.
    static let methods = UInt64.bitWidth

    /// By words number, the methods whose ids took them, a bit for each.
    private var methodsOfWords: [UInt64]

    /// For paths of `distinctWords` different words.
    init(distinctWords: Int) {
        methodsOfWords = Array(repeating: 0, count: distinctWords)
    }

    /// Takes words number `words` for a place of method number `method`; false when that
    /// method's ids took them already.
    mutating func take(words: Int, method: Int) -> Bool {
        let bit = UInt64(1) << UInt64(method)
        guard methodsOfWords[words] & bit == 0 else { return false }
        methodsOfWords[words] |= bit
        return true
    }
}
