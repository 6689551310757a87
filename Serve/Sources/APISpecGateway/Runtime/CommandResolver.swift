import Foundation

/// Turns a run config `command` into an executable and arguments.
///
/// `python3` as the first word means `$APISPEC_PYTHON` when it is set (tests point it at the
/// venv whose python has `awslambdaric`), else `python3` on `PATH`. A word with a `/` is a path
/// (relative ones start at the working directory); any other word is looked up on `PATH`.
enum CommandResolver {
    struct Resolved {
        var executable: URL
        var arguments: [String]
    }

    static let pythonVariable = "APISPEC_PYTHON"

    static func resolve(_ command: [String], workingDirectory: String, environment: [String: String]) -> Resolved? {
        guard var program = command.first else { return nil }
        if program == "python3", let python = environment[pythonVariable], !python.isEmpty {
            program = python
        }
        guard let path = locate(program, workingDirectory: workingDirectory, environment: environment) else { return nil }
        return Resolved(executable: URL(fileURLWithPath: path), arguments: Array(command.dropFirst()))
    }

    private static func locate(_ program: String, workingDirectory: String, environment: [String: String]) -> String? {
        if program.contains("/") {
            let path = program.hasPrefix("/") ? program : workingDirectory + "/" + program
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        let searchPath = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
