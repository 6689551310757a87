/// YAML 1.1 merge keys (`<<: *base`), which libyaml leaves to the application.
/// Keys written in the mapping itself win over merged ones.
enum MergeKeys {
    static let key = "<<"

    static func apply(to pairs: [YAMLNode.Pair]) -> [YAMLNode.Pair] {
        guard pairs.contains(where: { $0.key.scalarText == key && $0.key.tag == nil }) else { return pairs }
        var result = pairs.filter { $0.key.scalarText != key }
        var present = Set(result.compactMap { $0.key.scalarText })
        for pair in pairs where pair.key.scalarText == key {
            let sources = pair.value.items ?? [pair.value]
            for source in sources {
                for merged in source.pairs ?? [] {
                    guard let name = merged.key.scalarText, !present.contains(name) else { continue }
                    present.insert(name)
                    result.append(merged)
                }
            }
        }
        return result
    }
}
