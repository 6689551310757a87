import APISpecTestSupport
import Foundation
import Testing

/// Text diagnostics are colored on a terminal only, and never when NO_COLOR is set. The
/// terminal is a real pseudo-terminal from util-linux's `script` (Debian's essential
/// bsdutils), which also passes the exit code through (`-e`).
@Suite struct TerminalColorTests {
    static let escape = "\u{1B}["

    func validateOnATerminal(environment: [String: String] = [:]) throws -> OutsideTool.Result {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean.replacingOccurrences(of: "handler: pets.list", with: "handler: pets.list, memroy: 1"))
        // The user's own NO_COLOR must not decide the test: only the one given here.
        let command = "env -u NO_COLOR \(environment.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) '\(PackagePaths.apispecBinary.path)' validate api.yaml"
        return try OutsideTool.run(
            executable: URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"],
            in: cli.directory)
    }

    @Test func aTerminalGetsColor() throws {
        let result = try validateOnATerminal()
        #expect(result.exitCode == 1, "\(result.output)")
        #expect(result.stdout.contains("\(Self.escape)31merror\(Self.escape)0m: unknown key `memroy`"), "\(result.stdout)")
    }

    @Test func noColorTurnsItOff() throws {
        let result = try validateOnATerminal(environment: ["NO_COLOR": "1"])
        #expect(result.exitCode == 1, "\(result.output)")
        #expect(result.stdout.contains("error: unknown key `memroy`"), "\(result.stdout)")
        #expect(!result.stdout.contains(Self.escape), "\(result.stdout)")
    }

    @Test func aPipeGetsNoColor() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean.replacingOccurrences(of: "handler: pets.list", with: "handler: pets.list, memroy: 1"))
        let result = try cli.run("validate", "api.yaml")
        #expect(result.stderr.contains("error: unknown key `memroy`"), "\(result.stderr)")
        #expect(!result.output.contains(Self.escape), "\(result.output)")
    }
}
