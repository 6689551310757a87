import APISpecCore

/// Load, decode and validate one spec: the front half of every command.
enum SpecCheck {
    static func run(_ bytes: [UInt8], path: String, limits: LoadLimits) -> Frontend.Result {
        var result = Frontend.load(bytes, path: path, limits: limits)
        result.diagnostics = result.diagnostics.sortedForOutput()
        return result
    }
}
