import APISpecGateway
import APISpecTestSupport
import Foundation
import Testing

/// The example specs run as they are: `apispec serve specs/...` with their own handlers.
@Suite(.serialized)
struct ExampleSpecTests {
    @Test func petStoreServesItsPublicRoutesAndGuardsTheOthers() async throws {
        let served = try await ServedAPI.start(PackagePaths.specs.appendingPathComponent("http-jwt.yaml"))
        defer { Task { await served.stop() } }
        let pets = try await served.request(.GET, "/pets")
        #expect(pets.status == 200, "\(pets.text)\n\(served.log)")
        #expect(pets.json?.array?.first?["name"] == "Rex")
        let pet = try await served.request(.GET, "/pets/1")
        #expect(pet.json?["kind"] == "dog")
        #expect(try await served.request(.POST, "/pets", body: Array("{}".utf8)).status == 401, "JWT required")
        let preflight = try await served.request(.OPTIONS, "/pets", headers: [
            ("origin", "https://pets.example.com"), ("access-control-request-method", "POST"),
        ])
        #expect(preflight.status == 204)
        #expect(preflight.header("access-control-allow-origin") == "https://pets.example.com")
    }

    @Test func aRunConfigFromEmitLocalServesTheSameAPI() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pets-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let emitted = try OutsideTool.run(
            executable: PackagePaths.apispecBinary,
            ["emit", "--local", PackagePaths.specs.appendingPathComponent("http-jwt.yaml").path, "-o", output.path])
        #expect(emitted.exitCode == 0, "\(emitted.output)")
        let served = try await ServedAPI.start(output)
        defer { Task { await served.stop() } }
        let pets = try await served.request(.GET, "/pets")
        #expect(pets.status == 200, "\(pets.text)\n\(served.log)")
        #expect(pets.json?.array?.first?["name"] == "Rex")
    }
}
