import APISpecCore
import APISpecTestSupport
import Foundation
import Testing
@testable import APISpecEmit

/// No key is decoded and then dropped: every key of the spec language (`KnownKeys`) is written in
/// some golden spec and removing it there changes an emitted document, or docs/openapi.md says
/// why it has no effect on OpenAPI (its "Keys with no effect" table). Keys in that table must
/// really have none, so the table cannot go stale.
struct OpenAPIKeyCoverageTests {
    @Test func everyKeyChangesTheDocumentOrIsDocumented() throws {
        let undocumented = try Self.effects()
        let documented = try Self.documentedNoEffect()
        let everyKey = Set(KnownKeys.all.flatMap { pattern, keys in keys.map { Self.keyID(pattern, $0) } })

        let silent = everyKey.subtracting(undocumented.affecting).subtracting(documented)
        #expect(silent.isEmpty, "keys no golden spec shows to matter, and docs/openapi.md does not explain: \(silent.sorted())")
        let wronglyDocumented = documented.intersection(undocumented.affecting)
        #expect(wronglyDocumented.isEmpty, "docs/openapi.md says these have no effect, but they do: \(wronglyDocumented.sorted())")
        let unknown = documented.subtracting(everyKey)
        #expect(unknown.isEmpty, "docs/openapi.md lists keys the language does not have: \(unknown.sorted())")
    }

    /// Keys (as `pattern.key`) whose removal, at some occurrence in some golden spec, changes the
    /// emitted documents or makes the spec unusable.
    static func effects() throws -> (affecting: Set<String>, seen: Set<String>) {
        var affecting: Set<String> = []
        var seen: Set<String> = []
        for golden in OpenAPIGoldenCase.all {
            let bytes = try [UInt8](Data(contentsOf: golden.specURL))
            let root = try #require(YAMLLoader().load(bytes, path: "spec.yaml").root)
            let original = documents(root)
            for occurrence in occurrences(in: root, pattern: "", at: []) {
                seen.insert(occurrence.key)
                guard !affecting.contains(occurrence.key) else { continue }
                // Removing a required key leaves no spec to compare; changing its value still can.
                let variants = [removing(occurrence.path, from: root)] + changingValue(occurrence.path, in: root)
                if variants.contains(where: { variant in documents(variant).map { $0 != original } ?? false }) {
                    affecting.insert(occurrence.key)
                }
            }
        }
        return (affecting, seen)
    }

    /// The tree with the value at `path` changed in kind-preserving ways: numbers moved,
    /// booleans flipped, strings and enum values swapped for another plausible one, a list's
    /// first item changed, one entry of a mapping dropped.
    static func changingValue(_ path: [Step], in root: YAMLNode) -> [YAMLNode] {
        alternatives(for: value(at: path, in: root)).map { replacement in
            replacingValue(path, in: root, with: replacement)
        }
    }

    private static func alternatives(for node: YAMLNode?) -> [YAMLNode] {
        guard let node else { return [] }
        var changed = node
        switch node.kind {
        case .sequence(var items) where !items.isEmpty:
            guard let first = alternatives(for: items[0]).first else { return [] }
            items[0] = first
            changed.kind = .sequence(items)
            return [changed]
        case .mapping(let pairs) where pairs.count > 1:
            return pairs.indices.map { index in
                var fewer = pairs
                fewer.remove(at: index)
                changed.kind = .mapping(fewer)
                return changed
            }
        default:
            break
        }
        guard case .scalar(let text, let style) = node.kind else { return [] }
        let texts: [String]
        switch node.resolvedScalar {
        case .int(let int): texts = [String(int + 1)]
        case .double(let double): texts = [String(double + 1)]
        case .bool(let bool): texts = [String(!bool)]
        default: texts = enumAlternatives[text] ?? [text + "x"]
        }
        return texts.map { YAMLNode(.scalar($0, style), at: node.location, tag: node.tag) }
    }

    /// Another value of the same closed set, for values the decoder checks against one.
    private static let enumAlternatives: [String: [String]] = [
        "jwt": ["cognito"], "cognito": ["jwt"], "lambda": ["iam"], "iam": ["none"], "apiKey": ["iam"],
        "http": ["rest"], "rest": ["http"], "regional": ["edge"], "edge": ["regional"], "private": ["regional"],
        "1.0": ["2.0"], "2.0": ["1.0"], "none": ["iam"],
    ]

    private static func value(at path: [Step], in node: YAMLNode) -> YAMLNode? {
        guard let step = path.first else { return node }
        switch (step, node.kind) {
        case (.pair(let index), .mapping(let pairs)): return value(at: Array(path.dropFirst()), in: pairs[index].value)
        case (.item(let index), .sequence(let items)): return value(at: Array(path.dropFirst()), in: items[index])
        default: return nil
        }
    }

    private static func replacingValue(_ path: [Step], in node: YAMLNode, with replacement: YAMLNode) -> YAMLNode {
        guard let step = path.first else { return replacement }
        var copy = node
        switch (step, node.kind) {
        case (.pair(let index), .mapping(var pairs)):
            pairs[index].value = replacingValue(Array(path.dropFirst()), in: pairs[index].value, with: replacement)
            copy.kind = .mapping(pairs)
        case (.item(let index), .sequence(var items)):
            items[index] = replacingValue(Array(path.dropFirst()), in: items[index], with: replacement)
            copy.kind = .sequence(items)
        default:
            break
        }
        return copy
    }

    /// Both documents, or nil when the spec no longer decodes or emits.
    private static func documents(_ root: YAMLNode) -> [String]? {
        let decoded = SpecDecoder().decode(root, file: "spec.yaml")
        guard let spec = decoded.spec, !decoded.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return try? [true, false].map { try OpenAPIEmitter.emit(spec, stage: nil, awsExtensions: $0) }
    }

    static func keyID(_ pattern: String, _ key: String) -> String {
        pattern.isEmpty ? key : "\(pattern).\(key)"
    }

    /// A step into the tree: the value of a mapping's pair, or a sequence's item.
    enum Step { case pair(Int), item(Int) }

    /// Every written key of the language, with the path to its pair (the last step).
    static func occurrences(in node: YAMLNode, pattern: String, at path: [Step]) -> [(key: String, path: [Step])] {
        guard KnownKeys.all[pattern] != nil, let pairs = node.pairs else { return [] }
        var found: [(key: String, path: [Step])] = []
        for (index, pair) in pairs.enumerated() {
            guard let key = pair.key.scalarText, !key.hasPrefix("x-") else { continue }
            let pairPath = path + [.pair(index)]
            found.append((keyID(pattern, key), pairPath))
            let child = keyID(pattern, key)
            if KnownKeys.all[child + ".*"] != nil, let entries = pair.value.pairs {
                for (entryIndex, entry) in entries.enumerated() {
                    found += occurrences(in: entry.value, pattern: child + ".*", at: pairPath + [.pair(entryIndex)])
                }
            } else if KnownKeys.all[child + "[]"] != nil, let items = pair.value.items {
                for (itemIndex, item) in items.enumerated() {
                    found += occurrences(in: item, pattern: child + "[]", at: pairPath + [.item(itemIndex)])
                }
            } else {
                found += occurrences(in: pair.value, pattern: child, at: pairPath)
            }
        }
        return found
    }

    /// The tree without the pair `path` ends at.
    static func removing(_ path: [Step], from node: YAMLNode) -> YAMLNode {
        guard let step = path.first else { return node }
        var copy = node
        switch (step, node.kind) {
        case (.pair(let index), .mapping(var pairs)):
            if path.count == 1 {
                pairs.remove(at: index)
            } else {
                pairs[index].value = removing(Array(path.dropFirst()), from: pairs[index].value)
            }
            copy.kind = .mapping(pairs)
        case (.item(let index), .sequence(var items)):
            items[index] = removing(Array(path.dropFirst()), from: items[index])
            copy.kind = .sequence(items)
        default:
            break
        }
        return copy
    }

    /// The keys docs/openapi.md's "Keys with no effect" table lists: its first column, comma-separated.
    static func documentedNoEffect() throws -> Set<String> {
        let docs = try String(contentsOf: PackagePaths.root.appendingPathComponent("docs/openapi.md"), encoding: .utf8)
        let section = try #require(docs.components(separatedBy: "## Keys with no effect").dropFirst().first)
        var keys: Set<String> = []
        for line in section.split(separator: "\n").prefix(while: { !$0.hasPrefix("## ") }) where line.hasPrefix("| `") {
            let cell = line.dropFirst(2).prefix { $0 != "|" }
            for key in cell.split(separator: ",") {
                keys.insert(key.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")))
            }
        }
        return keys
    }
}
