/// What the invoke permissions of each of a spec's functions are made from, found once a
/// function, in lists apart: reading one function's struct out of a list copied it (a
/// retain and a release of each of its parts) for each of its permissions.
struct InvokedFunctions {
    /// The functions' names in PascalCase, one after another: a permission's id starts with
    /// its function's.
    private var words: [UInt8] = []
    /// By function, in `words`.
    private var wordRanges: [Range<Int32>]
    private var found: [Bool]
    /// Whether the template has resources of each function found (and so permissions).
    private(set) var targeted: [Bool]
    /// Each targeted function's id, or its alias's.
    private(set) var targets: [String?]
    /// Whether each function found has an alias.
    private(set) var aliased: [Bool]

    init(count: Int) {
        wordRanges = Array(repeating: 0..<0, count: count)
        found = Array(repeating: false, count: count)
        targeted = found
        targets = Array(repeating: nil, count: count)
        aliased = found
    }

    /// Whether the template has resources of the function at `index` in `spec.functions`,
    /// found on first use: each function of the spec has its ids (`ResourceNames`).
    mutating func isTargeted(_ index: Int, in assembly: TemplateAssembly) -> Bool {
        if !found[index] {
            found[index] = true
            let start = words.count
            UTF8Bytes.append(assembly.names.functionWords[index], to: &words)
            wordRanges[index] = Int32(start)..<Int32(words.count)
            let ids = assembly.names.functionIDs[index]
            targets[index] = ids.alias ?? ids.function
            targeted[index] = true
            aliased[index] = ids.alias != nil
        }
        return targeted[index]
    }

    /// Gives `body` the words of the function at `index` (found), in place.
    func withWords<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = Int(wordRanges[index].lowerBound)..<Int(wordRanges[index].upperBound)
        return words.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
