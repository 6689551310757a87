import APISpecTestSupport
import Testing

/// `apispec init`: every starter validates clean, and an existing file is never overwritten by accident.
@Suite struct InitCommandTests {
    @Test(arguments: ["http", "rest", "websocket"]) func starterValidatesCleanUnderStrict(_ apiProtocol: String) throws {
        let cli = try CLI()
        let written = try cli.run("init", "--protocol", apiProtocol)
        #expect(written.exitCode == 0, "\(written.output)")
        #expect(try cli.read("api.yaml").contains("protocol: \(apiProtocol)"))
        let result = try cli.run("validate", "--strict")
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(try cli.run("emit", "--cloudformation").exitCode == 0)
    }

    @Test func anExistingSpecIsKeptUnlessForced() throws {
        let cli = try CLI()
        try cli.write("api.yaml", "mine\n")
        let refused = try cli.run("init")
        #expect(refused.exitCode == 2)
        #expect(refused.stderr.contains("--force"))
        #expect(try cli.read("api.yaml") == "mine\n")
        #expect(try cli.run("init", "--force").exitCode == 0)
        #expect(try cli.read("api.yaml") != "mine\n")
    }

    @Test func dashPrintsToStdout() throws {
        let cli = try CLI()
        let result = try cli.run("init", "-o", "-", "--protocol", "rest")
        #expect(result.stdout.contains("protocol: rest"))
        #expect(!cli.exists("api.yaml"))
    }
}
