/// Taking parts out of a tree instead of copying them: when the tree is their only owner,
/// the taker becomes it, and what it lets go of is freed at once. The decoder takes the
/// sections a large spec is made of and lets each entry go once decoded, so the tree does
/// not stay whole beside the finished model.
extension YAMLNode {
    /// The value of `key` in this mapping (the last, if repeated), left as a null at the
    /// same location; nil when this is not a mapping or has no such key.
    mutating func takeValue(of key: String) -> YAMLNode? {
        guard case .mapping(var pairs) = kind, let index = pairs.lastIndex(where: { $0.keyText == key }) else {
            return nil
        }
        kind = .mapping([])
        let value = pairs[index].value
        pairs[index].value = YAMLNode(.scalar("", .plain), at: value.location)
        kind = .mapping(pairs)
        return value
    }

    /// This mapping's pairs, leaving it empty; nil when this is not a mapping.
    mutating func takePairs() -> [Pair]? {
        guard case .mapping(let pairs) = kind else { return nil }
        kind = .mapping([])
        return pairs
    }
}
