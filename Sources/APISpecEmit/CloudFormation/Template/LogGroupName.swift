/// Log group names allow letters, digits and `._-/#`.
enum LogGroupName {
    /// `name` as one segment of a log group name: `$default` becomes `default`.
    static func segment(_ name: String) -> String {
        let kept = name.unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
        }
        return kept.isEmpty ? "unnamed" : String(String.UnicodeScalarView(kept))
    }
}
