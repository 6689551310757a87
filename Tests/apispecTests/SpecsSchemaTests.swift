import APISpecTestSupport
import Foundation
import Testing

/// The JSON Schema, checked by a real JSON Schema validator (check-jsonschema): it is a valid
/// 2020-12 schema, every example spec conforms, and broken specs are rejected for the right reason.
@Suite struct SpecsSchemaTests {
    static let specNames = (try? PackagePaths.specFiles().map(\.lastPathComponent)) ?? []

    @Test func schemaIsAValidJSONSchema() throws {
        let result = try OutsideTool.run("check-jsonschema", ["--check-metaschema", PackagePaths.schema.path])
        #expect(result.exitCode == 0, "\(result.output)")
    }

    @Test func thereAreExampleSpecs() {
        #expect(Self.specNames.count >= 6, "specs/: \(Self.specNames)")
    }

    @Test(arguments: specNames) func exampleSpecConformsToTheSchema(_ name: String) throws {
        let spec = PackagePaths.specs.appendingPathComponent(name)
        let result = try OutsideTool.run("check-jsonschema", ["--schemafile", PackagePaths.schema.path, spec.path])
        #expect(result.exitCode == 0, "\(name): \(result.output)")
    }

    @Test(arguments: specNames) func exampleSpecNamesTheSchemaForEditors(_ name: String) throws {
        let text = try String(contentsOf: PackagePaths.specs.appendingPathComponent(name), encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../Schemas/apispec.schema.json\n"))
    }

    /// A broken spec and a word the validator's complaint must contain.
    struct BrokenSpec: Sendable, CustomTestStringConvertible {
        var problem: String
        var yaml: String
        var complaint: String
        var testDescription: String { problem }
    }

    static let brokenSpecs = [
        BrokenSpec(
            problem: "misspelt function key",
            yaml: "functions:\n  f: {handler: a.b, memroy: 256}\nroutes:\n  GET /a: {function: f}\n",
            complaint: "memroy"),
        BrokenSpec(
            problem: "route key without a slash",
            yaml: "routes:\n  GET pets: {function: f}\n",
            complaint: "GET pets"),
        BrokenSpec(
            problem: "greedy segment before the last",
            yaml: "routes:\n  GET /{proxy+}/x: {function: f}\n",
            complaint: "{proxy+}/x"),
        BrokenSpec(
            problem: "two integrations on one route",
            yaml: "routes:\n  GET /a: {function: f, http: https://example.com}\n",
            complaint: "is valid under each of"),
        BrokenSpec(
            problem: "REST-only key on an HTTP API",
            yaml: "binaryMediaTypes: [image/png]\nroutes:\n  GET /a: {function: f}\n",
            complaint: "False schema does not allow ['image/png']"),
        BrokenSpec(
            problem: "payload version 3.0",
            yaml: "routes:\n  GET /a: {function: f, payloadVersion: \"3.0\"}\n",
            complaint: "3.0"),
        BrokenSpec(
            problem: "timeout in minutes",
            yaml: "routes:\n  GET /a: {function: f, timeout: 1m}\n",
            complaint: "1m"),
        BrokenSpec(
            problem: "memory below Lambda's minimum",
            yaml: "functions:\n  f: {handler: a.b, memory: 64}\nroutes:\n  GET /a: {function: f}\n",
            complaint: "64"),
        BrokenSpec(
            problem: "authorizer named as the API-key scheme",
            yaml: "authorizers:\n  api_key: {type: iam}\nroutes:\n  GET /a: {function: f, auth: api_key}\n",
            complaint: "api_key"),
    ]

    @Test(arguments: brokenSpecs) func brokenSpecIsRejected(_ broken: BrokenSpec) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specs-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("api.yaml")
        try Data(("apispec: 1\nname: broken\n" + broken.yaml).utf8).write(to: file)

        let result = try OutsideTool.run(
            "check-jsonschema", ["--verbose", "--schemafile", PackagePaths.schema.path, file.path])
        #expect(result.exitCode == 1, "\(result.output)")
        #expect(result.output.contains(broken.complaint), "\(result.output)")
    }
}
