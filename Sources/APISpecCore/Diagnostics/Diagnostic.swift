/// One problem found in a spec: what is wrong, where, and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// A secondary location, such as the first occurrence of a duplicate key.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation
        public init(_ message: String, at location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    /// Stable kebab-case identifier: a rule id or a loader/decoder id such as `unknown-key`.
    public var id: String
    public var message: String
    public var location: SourceLocation
    /// How to fix it, one sentence.
    public var hint: String?
    public var notes: [Note]

    public init(
        _ severity: Severity, id: String, _ message: String, at location: SourceLocation,
        hint: String? = nil, notes: [Note] = []
    ) {
        self.severity = severity
        self.id = id
        self.message = message
        self.location = location
        self.hint = hint
        self.notes = notes
    }

    public static func error(
        _ id: String, _ message: String, at location: SourceLocation, hint: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, id: id, message, at: location, hint: hint, notes: notes)
    }

    /// A file read again (its quoted lines, its sections' keys, its sections) that is no
    /// longer the one loaded.
    public static func specChanged(at location: SourceLocation) -> Diagnostic {
        .error("spec-changed", "the file changed on disk while it was being checked", at: location,
               hint: "run apispec again once the file is saved; this run's findings may be incomplete")
    }

    public static func warning(
        _ id: String, _ message: String, at location: SourceLocation, hint: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, id: id, message, at: location, hint: hint, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Source order, then id: the order every renderer prints in.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { ($0.location, $0.id, $0.message) < ($1.location, $1.id, $1.message) }
    }
}
