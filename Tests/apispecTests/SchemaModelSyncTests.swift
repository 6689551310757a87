import APISpecCore
import APISpecTestSupport
import Foundation
import Testing

/// Keeps `Schemas/apispec.schema.json` in step with the decoder: every key the decoder reads
/// (`KnownKeys.all`) is in the schema at the same place, and the schema has no key the decoder
/// would reject as unknown.
@Suite struct SchemaModelSyncTests {
    @Test func schemaAndDecoderKnowTheSameKeys() throws {
        let schema = try SchemaKeyTable.load().keys.reduce(into: [String: Set<String>]()) { table, entry in
            table[Self.decoderPath(entry.key), default: []].formUnion(entry.value)
        }
        let decoder = KnownKeys.all.mapValues(Set.init)
        for path in Set(schema.keys).union(decoder.keys).sorted() {
            let inSchema = schema[path] ?? []
            let inDecoder = decoder[path] ?? []
            #expect(
                inSchema.subtracting(inDecoder).isEmpty,
                "at '\(path)' the schema has keys the decoder rejects: \(inSchema.subtracting(inDecoder).sorted())")
            #expect(
                inDecoder.subtracting(inSchema).isEmpty,
                "at '\(path)' the decoder reads keys the schema lacks: \(inDecoder.subtracting(inSchema).sorted())")
        }
    }

    /// The decoder reads what is nested in `defaults.function` (its policy statements) with the
    /// same code and key table as in `functions.*`.
    static func decoderPath(_ schemaPath: String) -> String {
        guard schemaPath.hasPrefix("defaults.function"), schemaPath != "defaults.function" else { return schemaPath }
        return "functions.*" + schemaPath.dropFirst("defaults.function".count)
    }

    @Test func everySchemaKeyIsDescribed() throws {
        let undescribed = try SchemaKeyTable.load().undescribed
        #expect(undescribed.isEmpty, "keys without a description: \(undescribed)")
    }

    @Test func everyFixedKeySetIsClosedButAllowsExtensions() throws {
        let open = try SchemaKeyTable.load().openObjects
        #expect(open.isEmpty, "objects without additionalProperties: false and ^x- pattern: \(open)")
    }
}

/// The keys a JSON Schema allows, by path in the same notation as `KnownKeys` (`""` top level,
/// `*` a user-chosen name, `[]` a list item). Conditionals (`allOf`, `if`/`then`/`else`) only
/// forbid keys, so they add none; `anyOf`/`oneOf` branches (a string or an object) do.
struct SchemaKeyTable {
    var keys: [String: Set<String>] = [:]
    var undescribed: [String] = []
    var openObjects: [String] = []
    private let definitions: [String: Any]

    static func load() throws -> SchemaKeyTable {
        let data = try Data(contentsOf: PackagePaths.schema)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var table = SchemaKeyTable(definitions: root["$defs"] as? [String: Any] ?? [:])
        table.walk(root, at: "")
        return table
    }

    private init(definitions: [String: Any]) {
        self.definitions = definitions
    }

    private mutating func walk(_ node: [String: Any], at path: String) {
        let node = resolved(node)
        if let properties = node["properties"] as? [String: Any] {
            if node["additionalProperties"] as? Bool != false || (node["patternProperties"] as? [String: Any])?["^x-"] == nil {
                openObjects.append(path)
            }
            for (key, value) in properties {
                guard let child = value as? [String: Any] else { continue }
                keys[path, default: []].insert(key)
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                if (child["description"] as? String ?? "").isEmpty { undescribed.append(childPath) }
                walk(child, at: childPath)
            }
        }
        if let names = node["additionalProperties"] as? [String: Any] {
            walk(names, at: "\(path).*")
        }
        if let items = node["items"] as? [String: Any] {
            walk(items, at: "\(path)[]")
        }
        for branches in ["anyOf", "oneOf"] {
            for branch in node[branches] as? [[String: Any]] ?? [] {
                walk(branch, at: path)
            }
        }
    }

    /// Follows `$ref: #/$defs/NAME`; a node with a description next to its `$ref` keeps both.
    private func resolved(_ node: [String: Any]) -> [String: Any] {
        guard let reference = node["$ref"] as? String,
            let target = definitions[String(reference.dropFirst("#/$defs/".count))] as? [String: Any]
        else { return node }
        return resolved(target).merging(node.filter { $0.key != "$ref" }) { _, own in own }
    }
}
