import APISpecTestSupport
import Foundation
import Testing

/// `apispec serve` checks the spec and builds the run config, then replaces itself with the
/// local gateway (`apispec-serve`, the Serve package, whose own tests serve real APIs). Here
/// a stand-in gateway records what it was handed.
@Suite struct ServeCommandTests {
    /// Prints its arguments and the config it was handed, then exits 7: an exit code only the
    /// stand-in uses, so it shows the gateway replaced apispec rather than ran beside it.
    static let standIn = """
        #!/bin/sh
        echo "args: $*"
        cat /dev/fd/3
        exit 7

        """

    func standInGateway(in cli: CLI) throws -> String {
        try cli.write("gateway", Self.standIn)
        let path = cli.directory.appendingPathComponent("gateway").path
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test func handsTheRunConfigWithTheFlagsAppliedToTheGateway() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        let served = try cli.run("serve", "api.yaml", "--port", "4321", "--host", "127.0.0.2",
                                 environment: ["APISPEC_SERVE": try standInGateway(in: cli)])
        #expect(served.exitCode == 7, "\(served.output)")
        #expect(served.stdout.hasPrefix("args: /dev/fd/3\n"), "\(served.stdout)")
        let config = served.stdout.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
        let object = try #require(try JSONSerialization.jsonObject(with: Data(config.utf8)) as? [String: Any])
        let server = try #require(object["server"] as? [String: Any])
        #expect(server["port"] as? Int == 4321)
        #expect(server["host"] as? String == "127.0.0.2")
        #expect((object["stage"] as? [String: Any])?["name"] as? String == "prod")
        #expect((object["routes"] as? [Any])?.count == 1)
    }

    @Test func aSpecWithErrorsIsNotServed() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean.replacingOccurrences(of: "handler: pets.list", with: "handler: pets.list, memroy: 1"))
        let served = try cli.run("serve", environment: ["APISPEC_SERVE": try standInGateway(in: cli)])
        #expect(served.exitCode == 1, "\(served.output)")
        #expect(served.stderr.contains("unknown key `memroy`"), "\(served.stderr)")
        #expect(served.stderr.contains("not serving"), "\(served.stderr)")
        #expect(!served.stdout.contains("args:"), "the gateway must not start: \(served.stdout)")
    }

    @Test func aMissingGatewayIsAUsageErrorThatSaysHowToBuildIt() throws {
        let cli = try CLI()
        try cli.write("api.yaml", Samples.clean)
        let served = try cli.run("serve", environment: ["APISPEC_SERVE": "", "PATH": cli.directory.path])
        #expect(served.exitCode == 2, "\(served.output)")
        #expect(served.stderr.contains("apispec-serve"), "\(served.stderr)")
        #expect(served.stderr.contains("swift build -c release --package-path Serve"), "\(served.stderr)")

        let notExecutable = try cli.run("serve", environment: ["APISPEC_SERVE": cli.directory.appendingPathComponent("api.yaml").path])
        #expect(notExecutable.exitCode == 2, "\(notExecutable.output)")
        #expect(notExecutable.stderr.contains("APISPEC_SERVE is"), "\(notExecutable.stderr)")
    }
}
