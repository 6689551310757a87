import APISpecTestSupport
import Foundation
import Testing

/// Runs the repository's `.pre-commit-hooks.yaml` with a real `pre-commit`, in scratch git
/// repositories that use it as their hook repository.
///
/// The fast tests check the hooks' behaviour with the working tree's manifest (entry, files,
/// arguments) but `language: unsupported`, running the `apispec` these tests were built with,
/// so they cover uncommitted changes to the manifest. `hooksBuildAndRunWithTheSwiftLanguage`
/// runs them exactly as users get them: pre-commit clones the committed HEAD and builds it in
/// release mode (a few minutes: the compiler's package has no server dependencies).
@Suite struct PreCommitTests {
    static let goodSpec = """
        apispec: 1
        name: hello
        functions:
          hello: {runtime: python3.12, handler: app.handler}
        routes:
          GET /hello: {function: hello, auth: none}

        """

    static let badSpec = goodSpec.replacingOccurrences(
        of: "handler: app.handler}", with: "handler: app.handler, memroy: 256}")

    @Test func validateHookPassesGoodSpecsAndReportsBadOnes() throws {
        let scratch = try Scratch()
        let project = try scratch.project(hooks: ["- id: apispec-validate\n  language: unsupported"])
        try project.write("api.yaml", Self.goodSpec)
        try project.write("notes/draft.yaml", Self.badSpec)  // not a spec file name: the hook ignores it

        let passing = try project.preCommit()
        #expect(passing.exitCode == 0, "\(passing.output)")
        #expect(passing.output.contains("apispec validate"), "\(passing.output)")
        #expect(passing.output.contains("Passed"), "\(passing.output)")

        try project.write("services/billing/billing.apispec.yaml", Self.badSpec)
        let failing = try project.preCommit()
        #expect(failing.exitCode == 1, "\(failing.output)")
        #expect(failing.output.contains("Failed"), "\(failing.output)")
        #expect(
            failing.output.contains("services/billing/billing.apispec.yaml:4:54: error: unknown key `memroy`"),
            "\(failing.output)")
        #expect(!failing.output.contains("notes/draft.yaml"), "\(failing.output)")
    }

    @Test func emitCheckHookFailsWhenTheCommittedOutputIsStale() throws {
        let scratch = try Scratch()
        let project = try scratch.project(hooks: [
            "- id: apispec-emit-check\n  language: unsupported\n  args: [--openapi, -o, openapi.json, api.yaml]"
        ])
        try project.write("api.yaml", Self.goodSpec)
        let emitted = try OutsideTool.run(
            executable: PackagePaths.apispecBinary, ["emit", "--openapi", "-o", "openapi.json", "api.yaml"],
            in: project.directory)
        try #require(emitted.exitCode == 0, "\(emitted.output)")

        let current = try project.preCommit()
        #expect(current.exitCode == 0, "\(current.output)")

        try project.write("api.yaml", Self.goodSpec.replacingOccurrences(of: "name: hello", with: "name: greetings"))
        let stale = try project.preCommit()
        #expect(stale.exitCode == 1, "\(stale.output)")
        #expect(stale.output.contains("openapi.json"), "\(stale.output)")
    }

    /// The hooks exactly as users get them: pre-commit clones this repository at HEAD and builds
    /// it (cached under `.build/pre-commit` for reruns at the same commit).
    @Test(.timeLimit(.minutes(30)))
    func hooksBuildAndRunWithTheSwiftLanguage() throws {
        let head = try Scratch.git(["rev-parse", "HEAD"], in: PackagePaths.root).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let scratch = try Scratch()
        let project = try scratch.project(
            hooks: ["- id: apispec-validate"], repository: PackagePaths.root.path, revision: head,
            cache: try Scratch.buildCache(for: head))
        try project.write("api.yaml", Self.goodSpec)
        let passing = try project.preCommit()
        #expect(passing.exitCode == 0, "\(passing.output)")

        try project.write("apispec.yaml", Self.badSpec)
        let failing = try project.preCommit()
        #expect(failing.exitCode == 1, "\(failing.output)")
        #expect(failing.output.contains("apispec.yaml:4:54: error: unknown key `memroy`"), "\(failing.output)")
    }
}

/// A temporary directory holding a hook repository and a project that uses it.
private final class Scratch {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pre-commit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    struct Project {
        var directory: URL
        var environment: [String: String]

        func write(_ path: String, _ text: String) throws {
            let file = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            _ = try Scratch.git(["add", path], in: directory)
        }

        func preCommit() throws -> OutsideTool.Result {
            try OutsideTool.run("pre-commit", ["run", "--all-files", "--color", "never"], in: directory, environment: environment)
        }
    }

    /// A git project whose `.pre-commit-config.yaml` uses `hooks` from `repository` at `revision`;
    /// by default a one-commit repository holding this package's working-tree manifest.
    func project(hooks: [String], repository: String? = nil, revision: String? = nil, cache: URL? = nil) throws -> Project {
        var repository = repository
        var revision = revision
        if repository == nil {
            let hookRepository = directory.appendingPathComponent("hooks")
            try FileManager.default.createDirectory(at: hookRepository, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: PackagePaths.root.appendingPathComponent(".pre-commit-hooks.yaml"),
                to: hookRepository.appendingPathComponent(".pre-commit-hooks.yaml"))
            _ = try Self.git(["init", "-q"], in: hookRepository)
            _ = try Self.git(["add", ".pre-commit-hooks.yaml"], in: hookRepository)
            _ = try Self.git(["commit", "-q", "-m", "hooks"], in: hookRepository)
            repository = hookRepository.path
            revision = try Self.git(["rev-parse", "HEAD"], in: hookRepository).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let project = directory.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        _ = try Self.git(["init", "-q"], in: project)
        let hookLines = hooks.map { $0.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n") }
        let config = """
            repos:
              - repo: \(repository ?? "")
                rev: \(revision ?? "")
                hooks:
            \(hookLines.joined(separator: "\n"))

            """
        let binaries = PackagePaths.apispecBinary.deletingLastPathComponent().path
        let result = Project(directory: project, environment: [
            "PRE_COMMIT_HOME": (cache ?? directory.appendingPathComponent("cache")).path,
            "PATH": binaries + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
        ])
        try result.write(".pre-commit-config.yaml", config)
        return result
    }

    /// pre-commit's home for `revision` under `.build/pre-commit`, so a rerun at the same commit
    /// reuses the release build; homes of other commits are removed (each holds a build).
    static func buildCache(for revision: String) throws -> URL {
        let caches = PackagePaths.root.appendingPathComponent(".build/pre-commit")
        try FileManager.default.createDirectory(at: caches, withIntermediateDirectories: true)
        for old in try FileManager.default.contentsOfDirectory(atPath: caches.path) where old != revision {
            try FileManager.default.removeItem(at: caches.appendingPathComponent(old))
        }
        return caches.appendingPathComponent(revision)
    }

    /// git with a fixed identity, so commits work without the user's configuration.
    @discardableResult
    static func git(_ arguments: [String], in directory: URL) throws -> OutsideTool.Result {
        let result = try OutsideTool.run(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            ["git", "-c", "user.name=apispec tests", "-c", "user.email=tests@apispec.invalid", "-c", "init.defaultBranch=main"]
                + arguments,
            in: directory)
        guard result.exitCode == 0 else {
            throw GitFailure(arguments: arguments, output: result.output)
        }
        return result
    }

    struct GitFailure: Error, CustomStringConvertible {
        var arguments: [String]
        var output: String
        var description: String { "git \(arguments.joined(separator: " ")) failed: \(output)" }
    }
}
