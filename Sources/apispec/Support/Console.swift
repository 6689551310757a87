/// The standard streams, written with no buffering in between, as diagnostics need.
enum Console {
    static func error(_ text: String) { _ = DescriptorOutput.send(text, to: 2) }

    static func out(_ text: String) { _ = DescriptorOutput.send(text, to: 1) }

    /// Color only on a terminal, and never when NO_COLOR is set.
    static var stderrUsesColor: Bool {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// The C library's words for the last failed call (`errno`).
    static var lastError: String { String(cString: strerror(errno)) }
}
