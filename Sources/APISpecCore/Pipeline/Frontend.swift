/// Bytes -> YAML tree -> typed `Spec`, with every loader and decoder diagnostic.
public enum Frontend {
    public struct Result: Sendable {
        public var source: SourceFile
        /// Nil when the file could not be turned into a model at all.
        public var spec: Spec?
        public var diagnostics: [Diagnostic]
    }

    /// Takes `bytes`: the spec keeps them to index the keys of its routes and functions if a
    /// finding asks for one (`KeyIndex`), in place of that index (about as large); the
    /// source keeps them only with `.fromMemory` (see `SourceFile.Quoting`).
    public static func load(
        _ bytes: consuming [UInt8], path: String, limits: LoadLimits = LoadLimits(), quoting: SourceFile.Quoting = .fromMemory
    ) -> Result {
        let kept = copy bytes
        var loaded = YAMLLoader(limits: limits).load(consume bytes, path: path, quoting: quoting)
        // Taken, not copied: the decoder then holds the tree alone, and frees it as it goes.
        guard var root = loaded.root.take() else {
            return Result(source: loaded.source, spec: nil, diagnostics: loaded.diagnostics)
        }
        let decoded = SpecDecoder().decode(
            taking: &root, file: path, referenceScalars: loaded.referenceScalars,
            reload: { YAMLLoader(limits: limits).load(kept, path: path).root })
        return Result(source: loaded.source, spec: decoded.spec, diagnostics: loaded.diagnostics + decoded.diagnostics)
    }
}
