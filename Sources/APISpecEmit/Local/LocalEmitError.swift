/// Why no run config could be made; the CLI exits 2 with this message.
public enum LocalEmitError: Error, Equatable, CustomStringConvertible {
    case unknownStage(String, known: [String])

    public var description: String {
        switch self {
        case .unknownStage(let name, let known):
            return "unknown stage '\(name)'; the spec's stages are: \(known.joined(separator: ", "))"
        }
    }
}
