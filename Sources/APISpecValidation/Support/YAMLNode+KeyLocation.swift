import APISpecCore

extension YAMLNode {
    /// Where the key at the end of `path` was written (`["routes", "GET /pets", "mock"]`),
    /// for findings about a key that should not be there at all.
    func keyLocation(_ path: [String]) -> SourceLocation? {
        guard let first = path.first, let pair = pairs?.last(where: { $0.key.scalarText == first }) else {
            return nil
        }
        return path.count == 1 ? pair.key.location : pair.value.keyLocation(Array(path.dropFirst()))
    }
}
