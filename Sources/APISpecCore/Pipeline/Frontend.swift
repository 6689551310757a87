/// Bytes -> YAML tree -> typed `Spec`, with every loader and decoder diagnostic.
public enum Frontend {
    public struct Result: Sendable {
        public var source: SourceFile
        /// Nil when the file could not be turned into a model at all.
        public var spec: Spec?
        public var diagnostics: [Diagnostic]
    }

    public static func load(_ bytes: [UInt8], path: String, limits: LoadLimits = LoadLimits()) -> Result {
        var loaded = YAMLLoader(limits: limits).load(bytes, path: path)
        // Taken, not copied: the decoder then holds the tree alone, and frees it as it goes.
        guard var root = loaded.root.take() else {
            return Result(source: loaded.source, spec: nil, diagnostics: loaded.diagnostics)
        }
        let decoded = SpecDecoder().decode(taking: &root, file: path, referenceScalars: loaded.referenceScalars)
        return Result(source: loaded.source, spec: decoded.spec, diagnostics: loaded.diagnostics + decoded.diagnostics)
    }
}
