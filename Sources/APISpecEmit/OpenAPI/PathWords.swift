import APISpecCore

/// The words of each path of a document (`OperationIDs.appendWords(of:to:)`), by path number,
/// and which paths have the same words: found once for each path where the paths are told
/// apart (`OpenAPIBuilder.operationPlaces(of:)`), which hashes the words for it. Every
/// operation id of a path starts with its method and goes on with these words, and two
/// unnumbered ids are the same only where their methods and words are (`UnnumberedIDs`).
/// (A table of the words of every path, looked up for each path's ids, cost a cache miss a
/// path at 100,000 routes, and the words were made twice.)
struct PathWords {
    /// Every path's words, one after another.
    private var bytes: [UInt8] = []
    /// Where each path's words end in `bytes`.
    private var ends: [Int32] = []
    /// Each path's words' number: paths with the same words have the same one.
    private var numbers: [Int32] = []
    /// How many different words the paths have: their numbers are below it.
    private(set) var distinctCount = 0

    /// The paths numbered so far.
    var count: Int { ends.count }

    /// Numbers the next path, whose words are `words`; `sameAs` is a path with the same
    /// words, if there is one.
    mutating func append(_ words: [UInt8], sameAs earlier: Int?) {
        bytes += words
        ends.append(Int32(bytes.count))
        if let earlier {
            numbers.append(numbers[earlier])
        } else {
            numbers.append(Int32(distinctCount))
            distinctCount += 1
        }
    }

    /// Gives `body` the words of path number `path`, in place.
    @inline(__always)
    func withWords<Result>(of path: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = path == 0 ? 0 : Int(ends[path - 1])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<Int(ends[path])])) }
    }

    /// How many bytes the words of path number `path` are.
    func count(of path: Int) -> Int {
        Int(ends[path]) - (path == 0 ? 0 : Int(ends[path - 1]))
    }

    /// The number of path number `path`'s words.
    func number(of path: Int) -> Int {
        Int(numbers[path])
    }
}
