import APISpecTestSupport
import Foundation

/// Runs the built `apispec` in a scratch directory, removed with the last reference to it.
final class CLI {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("apispec-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }

    func run(_ arguments: String..., stdin: String? = nil, environment: [String: String] = [:]) throws -> OutsideTool.Result {
        try run(arguments, stdin: stdin, environment: environment)
    }

    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> OutsideTool.Result {
        try OutsideTool.run(executable: PackagePaths.apispecBinary, arguments, stdin: stdin.map { Data($0.utf8) },
                            in: directory, environment: environment)
    }
}

enum Samples {
    static let clean = """
    apispec: 1
    name: pets
    functions:
      listPets: {runtime: python3.12, handler: pets.list}
    routes:
      GET /pets: {function: listPets, auth: none}
    stages:
      prod:
        throttling: {rate: 10, burst: 20}
        accessLog: {format: json}

    """

    /// Clean but for one warning: a stage without throttling.
    static let warning = """
    apispec: 1
    name: pets
    functions:
      listPets: {runtime: python3.12, handler: pets.list}
    routes:
      GET /pets: {function: listPets, auth: none}
    stages:
      prod:
        accessLog: {format: json}

    """
}
