/// YAML 1.1 merge keys (`<<: *base`), which libyaml leaves to the application.
/// Keys written in the mapping itself win over merged ones.
enum MergeKeys {
    static let key = "<<"

    /// For a mapping with an untagged `<<` key (the loader tells, as pairs keep no tags).
    static func apply(to pairs: [YAMLNode.Pair]) -> [YAMLNode.Pair] {
        var result = pairs.filter { $0.keyText != key }
        var present = Set(result.map(\.keyText))
        for pair in pairs where pair.keyText == key {
            let sources = pair.value.items ?? [pair.value]
            for source in sources {
                for merged in source.pairs ?? [] {
                    let name = merged.keyText
                    guard !present.contains(name) else { continue }
                    present.insert(name)
                    result.append(merged)
                }
            }
        }
        return result
    }
}
