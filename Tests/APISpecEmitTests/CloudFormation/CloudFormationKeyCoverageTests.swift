import APISpecCore
import Foundation
import Testing
@testable import APISpecEmit

/// No key is decoded and then dropped: for every key of the spec language, some golden case
/// uses it and removing it changes the template (or makes the spec invalid: a required key),
/// unless docs/cloudformation.md says why it cannot change the template, and then it does not.
struct CloudFormationKeyCoverageTests {
    /// Every key path of the spec language: `functions.*.memory`, `functions.*.policies[].effect`...
    static let keyPaths: [String] = KnownKeys.all.flatMap { prefix, keys in
        keys.map { prefix.isEmpty ? $0 : "\(prefix).\($0)" }
    }.sorted()

    struct Baseline {
        var name: String
        var root: YAMLNode
        var template: String
    }

    static func baselines() throws -> [Baseline] {
        try CloudFormationCase.all.map { fixture in
            let bytes = try [UInt8](Data(contentsOf: fixture.spec))
            let root = try #require(YAMLLoader().load(bytes, path: "spec.yaml").root, "\(fixture.name) has no YAML tree")
            return Baseline(name: fixture.name, root: root, template: try fixture.emit())
        }
    }

    @Test func everyKeyChangesTheTemplateOrIsDocumented() throws {
        let baselines = try Self.baselines()
        let documented = try CloudFormationDocs.keysWithoutEffect()
        var unused: [String] = []
        var withoutEffect: [String] = []
        var documentedButEffective: [String] = []
        for path in Self.keyPaths {
            let pattern = path.split(separator: ".").map(String.init)
            var used = false
            var required = false
            var changes = false
            for baseline in baselines where !changes {
                for variant in Self.removing(pattern[...], from: baseline.root) {
                    used = true
                    guard let template = try Self.template(of: variant) else {
                        required = true
                        continue
                    }
                    if template != baseline.template {
                        changes = true
                        break
                    }
                }
            }
            if documented.contains(path) {
                if changes { documentedButEffective.append(path) }
            } else if !used {
                unused.append(path)
            } else if !changes && !required {
                withoutEffect.append(path)
            }
        }
        #expect(unused.isEmpty, "keys no golden case uses: \(unused)")
        #expect(withoutEffect.isEmpty, "keys whose removal changes no template, undocumented: \(withoutEffect)")
        #expect(documentedButEffective.isEmpty, "keys the docs call without effect, yet they change a template: \(documentedButEffective)")
    }

    @Test func theDocumentedKeysAreKeysOfTheLanguage() throws {
        let unknown = try CloudFormationDocs.keysWithoutEffect().subtracting(Self.keyPaths)
        #expect(unknown.isEmpty, "docs/cloudformation.md names keys the language does not have: \(unknown)")
    }

    /// The template of a modified tree; nil when the spec no longer decodes without errors.
    static func template(of root: YAMLNode) throws -> String? {
        let decoded = SpecDecoder().decode(root, file: "spec.yaml")
        guard let spec = decoded.spec, !decoded.diagnostics.hasErrors else { return nil }
        return try CloudFormationEmitter.emit(spec, stage: nil)
    }

    /// Copies of `node`, each with one occurrence of the key `pattern` leads to removed.
    /// `*` matches any key; `name[]` steps into each item of the list under `name`.
    static func removing(_ pattern: ArraySlice<String>, from node: YAMLNode) -> [YAMLNode] {
        guard let segment = pattern.first, let pairs = node.pairs else { return [] }
        let isList = segment.hasSuffix("[]")
        let name = isList ? String(segment.dropLast(2)) : segment
        let rest = pattern.dropFirst()
        var variants: [YAMLNode] = []
        for (index, pair) in pairs.enumerated() where name == "*" || pair.key.scalarText == name {
            var values: [YAMLNode] = []
            if rest.isEmpty {
                var copy = pairs
                copy.remove(at: index)
                variants.append(YAMLNode(.mapping(copy), at: node.location, tag: node.tag))
                continue
            } else if isList, let items = pair.value.items {
                for (itemIndex, item) in items.enumerated() {
                    for changed in removing(rest, from: item) {
                        var copy = items
                        copy[itemIndex] = changed
                        values.append(YAMLNode(.sequence(copy), at: pair.value.location, tag: pair.value.tag))
                    }
                }
            } else {
                values = removing(rest, from: pair.value)
            }
            for value in values {
                var copy = pairs
                copy[index].value = value
                variants.append(YAMLNode(.mapping(copy), at: node.location, tag: node.tag))
            }
        }
        return variants
    }
}
