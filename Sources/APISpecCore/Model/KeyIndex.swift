/// Where every mapping key of the spec was written, by its path from the root
/// (`["routes", "GET /pets", "mock"]`): rules that point at a key find it in logarithmic
/// time instead of walking the tree, which keeps validation linear in the spec's size.
///
/// Only findings read it, and most specs have none that point inside a route or a
/// function, the sections a large spec is made of: indexing their keys was a tenth of a
/// clean `validate`. The loader's spec indexes them the first time a path goes into one,
/// from the file read and parsed again (`Frontend`); the rest is indexed at once.
public final class KeyIndex: Sendable {
    private let table: KeyTable
    /// The sections left out of `table`, and the whole file's keys, made on first use: nil
    /// when the file could not be parsed again.
    private let deferred: (sections: [String], whole: OnceValue<KeyTable?>)?

    /// Every key of `root`.
    public init(_ root: YAMLNode) {
        table = KeyTable(root)
        deferred = nil
    }

    /// Every key of `root` but those inside the values of its `sections`, which `whole`
    /// (the same file's tree, whole: the values were taken out of `root`) gives when a
    /// path first goes into one.
    init(_ root: YAMLNode, deferring sections: [String], to whole: @escaping @Sendable () -> YAMLNode?) {
        table = KeyTable(root)
        let file = root.location.name
        deferred = (sections, OnceValue { whole().map { KeyTable($0, file: file) } })
    }

    public func location(_ path: [String]) -> SourceLocation? {
        if let deferred, path.count > 1, deferred.sections.contains(path[0]) {
            return deferred.whole.value?.location(path)
        }
        return table.location(path)
    }

    /// Whether a path went into a deferred section and the file, read again, was no longer
    /// the one loaded: the keys inside the section were then not found, which a finding
    /// may have taken for keys not written (`Validator.check` reports it).
    public var lostTrack: Bool {
        guard let deferred, deferred.whole.isMade else { return false }
        return deferred.whole.value == nil
    }

    /// Whether the deferred sections' keys have been indexed, for tests.
    var indexedWhole: Bool { deferred?.whole.isMade ?? true }
}
