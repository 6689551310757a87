import APISpecCore
import ArgumentParser
import Foundation

/// Options every command that reads a spec shares.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "Largest spec accepted, in bytes (default 16 MiB).")
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

    /// Reads a spec file (`-` is stdin) without reading more than the limit allows.
    func read(_ path: String) throws -> [UInt8] {
        let limit = limits.maxBytes
        if path == "-" {
            return Array(FileHandle.standardInput.readData(ofLength: limit + 1))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UsageFailure("cannot read \(path): no such file")
        }
        if isDirectory.boolValue { throw UsageFailure("cannot read \(path): it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw UsageFailure("cannot read \(path): permission denied")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.read(upToCount: limit + 1) ?? Data())
        } catch {
            throw UsageFailure("cannot read \(path): \(error.localizedDescription)")
        }
    }

    func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}

/// A usage or I/O problem: message on stderr, exit code 2.
struct UsageFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum Exit {
    static let ok: Int32 = 0
    static let specErrors: Int32 = 1
    static let usage: Int32 = 2
}

enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Color only on a terminal, and never when NO_COLOR is set.
    static var stderrUsesColor: Bool {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
