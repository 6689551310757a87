/// The exit codes the README documents: 0 clean, 1 spec errors, 2 usage or I/O problems.
enum Exit {
    static let ok: Int32 = 0
    static let specErrors: Int32 = 1
    static let usage: Int32 = 2

    /// Ends the process: for places where a command's own `exit(withError:)` hides the C one.
    static func now(_ code: Int32) -> Never { exit(code) }
}
