/// Bytes -> YAML tree -> typed `Spec`, with every loader and decoder diagnostic.
public enum Frontend {
    public struct Result: Sendable {
        public var source: SourceFile
        /// Nil when the file could not be turned into a model at all.
        public var spec: Spec?
        public var diagnostics: [Diagnostic]
    }

    /// Takes `bytes`. The spec indexes the keys of its routes and functions only if a finding
    /// asks for one (`KeyIndex`), from the bytes parsed again: kept with `.fromMemory`, read
    /// again from the file with `.fromDisk`, as the lines a diagnostic quotes are (see
    /// `SourceFile.Quoting`).
    public static func load(
        _ bytes: consuming [UInt8], path: String, limits: LoadLimits = LoadLimits(), quoting: SourceFile.Quoting = .fromMemory
    ) -> Result {
        let sections = SectionsDuringLoad()
        var loaded = YAMLLoader(limits: limits).load(consume bytes, path: path, quoting: quoting, decodingInto: sections)
        let source = loaded.source
        if sections.started, !sections.usable, loaded.root != nil {
            // What was decoded while loading is not the tree's, whose sections' entries were
            // left out: loaded again, whole.
            let again = source.restored().bytes
            guard !again.isEmpty else {
                return Result(
                    source: source, spec: nil,
                    diagnostics: loaded.diagnostics + [.specChanged(at: SourceLocation(file: path, line: 1, column: 1))])
            }
            loaded = YAMLLoader(limits: limits).load(again, path: path)
            loaded.source = source
        }
        // Taken, not copied: the decoder then holds the tree alone, and frees it as it goes.
        guard var root = loaded.root.take() else {
            return Result(source: loaded.source, spec: nil, diagnostics: loaded.diagnostics)
        }
        let decoded = SpecDecoder().decode(
            taking: &root, file: path, referenceScalars: loaded.referenceScalars,
            reload: { YAMLLoader(limits: limits).load(source.restored().bytes, path: path).root },
            sections: sections.usable ? sections : nil)
        return Result(source: loaded.source, spec: decoded.spec, diagnostics: loaded.diagnostics + decoded.diagnostics)
    }
}
