import APISpecEmit
import APISpecRunConfig

/// Hands a run config over to the local gateway, `apispec-serve`, by replacing this process
/// with it: signals (Ctrl-C, `kill`) and the exit code then reach the server directly, with no
/// parent in between to forward them. The config travels as an unlinked temporary file open
/// on descriptor 3, read as `/dev/fd/3`, so nothing is left behind on disk.
enum GatewayHandover {
    static let program = "apispec-serve"

    static func exec(_ config: RunConfig) throws -> Never {
        let gateway = try locate()
        let descriptor = try openConfig(LocalConfigEmitter.document(config))
        let arguments = [gateway, "/dev/fd/\(descriptor)"]
        var argv = arguments.map { strdup($0) } + [nil]
        execv(gateway, &argv)
        throw UsageFailure("cannot start \(gateway): \(Console.lastError)")
    }

    /// `APISPEC_SERVE`, else beside this executable (how releases and `swift build` place
    /// it), else the first on PATH.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let path = environment["APISPEC_SERVE"], !path.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw UsageFailure("APISPEC_SERVE is \(path), which is not an executable file")
            }
            return path
        }
        let beside = ownDirectory.map { [$0] } ?? []
        let searchPath = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for directory in beside + searchPath {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent(program).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw UsageFailure("""
            apispec serve needs the local gateway, \(program), which is built separately so the compiler stays small: \
            `swift build -c release --package-path Serve` in the apispec repository, then put Serve/.build/release/\(program) \
            beside apispec or on PATH, or set APISPEC_SERVE to it
            """)
    }

    /// This executable's directory: Linux names the executable in /proc; elsewhere argv[0]
    /// does when it is a path.
    static var ownDirectory: String? {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first.flatMap { $0.contains("/") ? $0 : nil }
        return path.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().deletingLastPathComponent().path }
    }

    /// The config in an unlinked temporary file, rewound and open on descriptor 3, which
    /// survives `execv` (no close-on-exec).
    private static func openConfig(_ document: JSONDocument) throws -> Int32 {
        var template = Array(FileManager.default.temporaryDirectory.appendingPathComponent("apispec-serve-XXXXXX").path.utf8CString)
        let file = mkstemp(&template)
        guard file >= 0 else { throw UsageFailure("cannot create the run config for \(program): \(Console.lastError)") }
        unlink(template)
        if let reason = DescriptorOutput.send(document, to: file) {
            throw UsageFailure("cannot write the run config for \(program): \(reason)")
        }
        guard lseek(file, 0, SEEK_SET) == 0 else {
            throw UsageFailure("cannot write the run config for \(program): \(Console.lastError)")
        }
        let handed: Int32 = 3
        if file != handed {
            guard dup2(file, handed) == handed else {
                throw UsageFailure("cannot hand the run config to \(program): \(Console.lastError)")
            }
            close(file)
        }
        return handed
    }
}
