import APISpecCore
import APISpecTestSupport
import Foundation
import Testing

/// The examples in `specs/` are what users copy and what the emitters' golden tests read:
/// they validate clean with `--strict`, their handlers exist, and together they use every key
/// of the spec language.
@Suite struct ExampleSpecsTests {
    static let specNames = (try? PackagePaths.specFiles().map(\.lastPathComponent)) ?? []

    @Test(arguments: specNames) func exampleValidatesCleanWithStrict(_ name: String) throws {
        let result = try OutsideTool.run(
            executable: PackagePaths.apispecBinary, ["validate", "--strict", name], in: PackagePaths.specs)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.stderr.hasSuffix("1 file checked: 0 errors, 0 warnings\n"), "\(result.output)")
    }

    @Test(arguments: specNames) func everyHandlerExists(_ name: String) throws {
        let spec = try Self.load(name)
        for function in spec.functions.values {
            let code = PackagePaths.specs.appendingPathComponent(function.code)
            let problem = Self.missingHandler(function, in: code)
            #expect(problem == nil, "\(name): function `\(function.name)`: \(problem ?? "")")
        }
    }

    @Test func examplesUseEveryKeyOfTheLanguage() throws {
        var used: [String: Set<String>] = [:]
        for name in Self.specNames {
            Self.collectKeys(of: try Self.loadTree(name), at: "", into: &used)
        }
        for (path, keys) in KnownKeys.all.sorted(by: { $0.key < $1.key }) {
            let unused = Set(keys).subtracting(used[Self.settingsPath(path)] ?? [])
            #expect(unused.isEmpty, "no example uses \(unused.sorted()) at '\(path)'")
        }
    }

    /// The spec's YAML tree (a decoded `Spec` keeps only what rules need of it).
    static func loadTree(_ name: String) throws -> YAMLNode {
        let file = PackagePaths.specs.appendingPathComponent(name)
        return try #require(YAMLLoader().load(Array(try Data(contentsOf: file)), path: file.path).root)
    }

    static func load(_ name: String) throws -> Spec {
        let file = PackagePaths.specs.appendingPathComponent(name)
        let result = Frontend.load(Array(try Data(contentsOf: file)), path: file.path)
        return try #require(result.spec, "\(name): \(result.diagnostics)")
    }

    /// Why `function`'s handler cannot be found in `code`, or nil when it is there: a Python
    /// `module.function`, a Node.js `module.export` (`.mjs`), or an executable `bootstrap`.
    static func missingHandler(_ function: Function, in code: URL) -> String? {
        let runtime = function.runtime ?? ""
        if function.isCustomRuntime {
            let bootstrap = code.appendingPathComponent(function.handler)
            return FileManager.default.isExecutableFile(atPath: bootstrap.path) ? nil : "no executable \(bootstrap.path)"
        }
        let parts = function.handler.split(separator: ".")
        guard parts.count == 2 else { return "handler `\(function.handler)` is not module.function" }
        let (module, entry) = (String(parts[0]), String(parts[1]))
        let (file, definition): (String, String) = runtime.hasPrefix("python")
            ? ("\(module).py", "def \(entry)(")
            : ("\(module).mjs", "export const \(entry) =")
        let source = code.appendingPathComponent(file)
        guard let text = try? String(contentsOf: source, encoding: .utf8) else { return "no \(source.path)" }
        return text.contains(definition) ? nil : "\(source.path) has no `\(definition)`"
    }

    /// `defaults.function` takes the same settings as a function: a key written in either
    /// place shows it in use.
    static func settingsPath(_ path: String) -> String {
        path == "defaults.function" ? "functions.*" : path
    }

    /// Records, by `KnownKeys` path, the keys written in `node`. A path `KnownKeys` lists holds
    /// fixed keys; one with a `*` below it holds names; one with `[]` below it holds a list.
    static func collectKeys(of node: YAMLNode, at path: String, into used: inout [String: Set<String>]) {
        if let items = node.items, KnownKeys.all["\(path)[]"] != nil {
            for item in items { collectKeys(of: item, at: "\(path)[]", into: &used) }
        }
        guard let pairs = node.pairs?.filter({ !($0.key.scalarText ?? "").hasPrefix("x-") }) else { return }
        if KnownKeys.all[path] != nil {
            for pair in pairs {
                guard let key = pair.key.scalarText else { continue }
                used[settingsPath(path), default: []].insert(key)
                collectKeys(of: pair.value, at: path.isEmpty ? key : "\(path).\(key)", into: &used)
            }
        } else if KnownKeys.all.keys.contains(where: { $0.hasPrefix("\(path).*") }) {
            for pair in pairs { collectKeys(of: pair.value, at: "\(path).*", into: &used) }
        }
    }
}
