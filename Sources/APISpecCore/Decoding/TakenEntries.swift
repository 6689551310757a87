/// The entries of a section taken out of the tree (`SpecDecoder.takeEntries`), handed out
/// in source order and let go of as they are: nothing here keeps an entry once it is
/// returned. A class, so that iterating does not copy the list (a struct's `for` loop
/// iterates a copy, and the original would keep every entry until the loop ends).
final class TakenEntries: Sequence, IteratorProtocol {
    /// Last entry first, so each is moved out from the end.
    private var pairs: [YAMLNode.Pair]
    /// Pairs in the section, `x-` ones included: room enough for what is decoded from it.
    let count: Int

    init(_ pairs: [YAMLNode.Pair]) {
        count = pairs.count
        self.pairs = pairs
        self.pairs.reverse()
    }

    func next() -> (name: String, key: YAMLNode, value: YAMLNode)? {
        while let pair = pairs.popLast() {
            // The buffer keeps its size as entries leave it; moved to a smaller one whenever
            // three quarters are free, the slots of decoded entries are freed too.
            if pairs.count < pairs.capacity / 4 { pairs = pairs.trimmed() }
            if let entry = SpecDecoder.entry(pair) { return entry }
        }
        return nil
    }
}
