import APISpecCore

/// The words of the path last named (`OperationIDs.appendWords(of:to:)`), kept for its next
/// operation ids: the operations of a path are named one after another, and its words
/// cost as much again as the rest of an id.
struct PathWords {
    /// The number of the path whose words `words` holds (`OperationPlace.path`): places of one
    /// path key have the same words, as the key's segments are their routes' (a clean
    /// document drops only a greedy parameter's `+`, which is no letter).
    private var path: Int32?
    private(set) var words: [UInt8] = []

    /// Makes `words` those of path number `number`, whose route path `routePath` gives:
    /// asked only for a path other than the last.
    mutating func name(path number: Int32, _ routePath: () -> RoutePath?) {
        guard number != path else { return }
        path = number
        words.removeAll(keepingCapacity: true)
        OperationIDs.appendWords(of: routePath(), to: &words)
    }
}
