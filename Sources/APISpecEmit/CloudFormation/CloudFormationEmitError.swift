/// Why `emit --cloudformation` refuses a spec that validates: a usage problem, exit 2.
public enum CloudFormationEmitError: Error, Equatable, CustomStringConvertible {
    case unknownStage(String, known: [String])

    public var description: String {
        switch self {
        case .unknownStage(let name, let known):
            return "unknown stage '\(name)'; the spec's stages are: \(known.joined(separator: ", "))"
        }
    }
}
