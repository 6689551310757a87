import APISpecCore
import ArgumentParser

/// What every command that reads a spec does with its input, from the `--max-size` option each
/// declares as `InputOptions.maxSizeHelp` describes. A plain value, not an `@OptionGroup`:
/// swift-argument-parser reflects a group as one more type, a sixth of a 10-route run's start-up.
struct InputOptions {
    static let maxSizeName = NameSpecification.customLong("max-size")
    static let maxSizeHelp = ArgumentHelp("Largest spec accepted, in bytes (default 16 MiB).")

    var maxSize: Int?

    var limits: LoadLimits {
        var limits = LoadLimits()
        if let maxSize { limits.maxBytes = maxSize }
        return limits
    }

    /// With no path, `api.yaml` then `apispec.yaml` in the current directory.
    static func defaultSpecPath() throws -> String {
        for candidate in ["api.yaml", "apispec.yaml"] where FileManager.default.fileExists(atPath: candidate) {
            return candidate
        }
        throw UsageFailure("no spec given and no api.yaml or apispec.yaml in the current directory")
    }

    /// Reads a spec file (`-` is stdin) without reading more than the limit allows: one
    /// byte over it is enough for the loader to say the file is too large.
    func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return try DescriptorInput.bytes(from: 0, upTo: limits.maxBytes + 1, path: "stdin") }
        return try DescriptorInput.bytes(ofFile: path, upTo: limits.maxBytes + 1)
    }

    /// A file is read again to quote its lines; stdin cannot be, and stays in memory.
    func quoting(_ path: String) -> SourceFile.Quoting {
        path == "-" ? .fromMemory : .fromDisk { path, limit, chunk in DescriptorInput.chunks(ofFile: path, upTo: limit, chunk) }
    }

    func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}
