/// Resolves a path written in the spec (relative to the spec's directory) to a clean one.
enum LocalPath {
    /// Read as bytes: split into `Substring`s and compared with literals, one path cost 27
    /// thousand instructions, and `emit --local` resolves one a function.
    static func resolve(_ path: String, against root: String) -> String {
        let joined = Array((path.hasPrefix("/") ? path : root + "/" + path).utf8)
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let absolute = joined.first == slash
        var parts: [Range<Int>] = []
        var start = 0
        for end in joined.indices where joined[end] == slash || end == joined.count - 1 {
            let part = start..<(joined[end] == slash ? end : end + 1)
            start = end + 1
            switch part.count {
            case 0: continue
            case 1 where joined[part.lowerBound] == dot: continue
            case 2 where joined[part.lowerBound] == dot && joined[part.lowerBound + 1] == dot:
                if let last = parts.last, !(last.count == 2 && joined[last] == [dot, dot]) {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)  // above a relative root: keep it
                }
            default: parts.append(part)
            }
        }
        var resolved: [UInt8] = absolute ? [slash] : []
        for (index, part) in parts.enumerated() {
            if index > 0 { resolved.append(slash) }
            resolved += joined[part]
        }
        return resolved.isEmpty ? "." : String(decoding: resolved, as: UTF8.self)
    }
}
