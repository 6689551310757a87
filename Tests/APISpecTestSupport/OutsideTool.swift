import Foundation

/// Runs programs nobody here wrote (cfn-lint, check-jsonschema, pre-commit, python, git) and
/// the built `apispec`, capturing exit code, stdout and stderr.
///
/// Python tools come from the virtual environment `scripts/test` installs from
/// `requirements.txt`: `$APISPEC_VENV`, else `<package root>/.venv`. A missing tool throws,
/// so the test fails (never skips) and says how to get it.
public enum OutsideTool {
    public struct Result: Sendable {
        public var exitCode: Int32
        public var stdout: String
        public var stderr: String

        /// Both streams, for failure messages.
        public var output: String { stdout + stderr }
    }

    public struct Missing: Error, CustomStringConvertible {
        public var tool: String
        public var path: String

        public var description: String {
            "\(tool) not found at \(path): run scripts/test (it installs the test tools into .venv), "
                + "or point APISPEC_VENV at a virtual environment made from requirements.txt"
        }
    }

    /// The virtual environment holding the pinned Python tools.
    public static var venv: URL {
        if let path = ProcessInfo.processInfo.environment["APISPEC_VENV"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return PackagePaths.root.appendingPathComponent(".venv")
    }

    /// Runs `tool` (`cfn-lint`, `openapi-spec-validator`, `check-jsonschema`, `pre-commit`, `python`)
    /// from the virtual environment, with the environment's `bin` put first on `PATH` (the given
    /// one, else the test's own).
    public static func run(
        _ tool: String, _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        let bin = venv.appendingPathComponent("bin")
        let executable = bin.appendingPathComponent(tool)
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw Missing(tool: tool, path: executable.path)
        }
        let path = environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let venvEnvironment = environment.merging(["VIRTUAL_ENV": venv.path, "PATH": bin.path + ":" + path]) { _, venv in venv }
        return try run(executable: executable, arguments, stdin: stdin, in: directory, environment: venvEnvironment)
    }

    /// Runs any executable. `environment` is added to (and overrides) the test's own.
    /// Output goes through temporary files rather than pipes, so a chatty program can never
    /// block on a full pipe while nobody reads it.
    public static func run(
        executable: URL, _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw Missing(tool: executable.lastPathComponent, path: executable.path)
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("outside-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputFile = scratch.appendingPathComponent("stdin")
        let outputFile = scratch.appendingPathComponent("stdout")
        let errorFile = scratch.appendingPathComponent("stderr")
        try (stdin ?? Data()).write(to: inputFile)
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        let handles = try (
            input: FileHandle(forReadingFrom: inputFile),
            output: FileHandle(forWritingTo: outputFile),
            error: FileHandle(forWritingTo: errorFile)
        )
        defer { [handles.input, handles.output, handles.error].forEach { try? $0.close() } }
        process.standardInput = handles.input
        process.standardOutput = handles.output
        process.standardError = handles.error
        try process.run()
        process.waitUntilExit()
        return Result(
            exitCode: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self)
        )
    }
}
