import APISpecCore

/// Stable, unique operationIds: the method and the path's words in lower camel case
/// (`GET /pets/{petId}` -> `getPetsPetId`), numbered on the rare collision (`a-b` vs `a_b`).
/// They depend only on route keys and their order, so they survive unrelated edits.
struct OperationIDs {
    private var used: Set<String> = []

    mutating func claim(_ base: String) -> String {
        var candidate = base
        var number = 2
        while !used.insert(candidate).inserted {
            candidate = base + String(number)
            number += 1
        }
        return candidate
    }

    /// `method` is lower case (`get`, `any`, `options`); `$default` routes pass nil for `path`.
    static func base(method: String, path: RoutePath?) -> String {
        guard let path else { return method + "Default" }
        // One buffer, one String: a slot per route makes one.
        var raw = path.raw
        var id: [UInt8] = []
        id.reserveCapacity(method.utf8.count + raw.utf8.count + 4)
        id += method.utf8
        let methodEnd = id.count
        if raw.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) {
            // Separators, braces and `+` are no letters: an ASCII path's words are its segments' words.
            PascalCase.append(raw, to: &id)
        } else {
            for segment in path.segments {
                switch segment {
                case .literal(let text), .parameter(let text), .greedy(let text): appendWords(of: text, to: &id)
                }
            }
        }
        if id.count == methodEnd { id += "Root".utf8 }
        return String(decoding: id, as: UTF8.self)
    }

    /// The words are runs of ASCII letters and digits, by Characters: outside ASCII a letter
    /// with a combining mark is no ASCII letter. ASCII text has the same words by bytes, faster.
    private static func appendWords(of text: String, to words: inout [UInt8]) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            let runs = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            return words += runs.map(capitalized).joinedText().utf8
        }
        PascalCase.append(text, to: &words)
    }

    static func capitalized(_ word: Substring) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
