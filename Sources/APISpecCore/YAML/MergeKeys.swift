/// YAML 1.1 merge keys (`<<: *base`), which libyaml leaves to the application.
/// Keys written in the mapping itself win over merged ones.
enum MergeKeys {
    static let key = "<<"

    /// `text == key`, its length compared first: no other text is equal to `<<` (no character
    /// stands for `<`), and `==` on two unequal strings calls into the standard library, for
    /// every key the loader reads.
    @inline(__always)
    static func isKey(_ text: String) -> Bool {
        text.utf8.count == 2 && text == key
    }

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
